#!/usr/bin/env bash
# M-31 scale-out drill: PostgreSQL + DbMigrator (demo data) + the sandbox treasury + two RobotPlan Web nodes (published
# Release, Production environment) + nginx (TLS, round robin) on loopback. Then
#   1. a scripted session through nginx with curl: logins (cookie issued by one node, accepted by the other), an
#      enterprise applying (catalog application), district and municipal reviewers approving, finance assembling,
#      submitting and (four-eyes) approving a payout batch of the demo's award, paid by a Hangfire job;
#   2. a payout batch of N generated awards; the node running it is killed (SIGKILL) mid-batch; the other node's
#      Hangfire server must finish it; then every award is checked paid exactly once, ledger against the treasury's records.
# Exits non-zero when a check fails; stops everything it started (trap on EXIT).
#   etc/scripts/multinode.sh                       defaults below
#   MULTINODE_AWARDS=5000 ROBOTPLAN_PG_PORT=55461 etc/scripts/multinode.sh
#   MULTINODE_KEEP=1                               keep the work folder (logs, nginx config) after the run
# Ports: PostgreSQL $ROBOTPLAN_PG_PORT; treasury $MULTINODE_PORT_BASE (30571), node 1 +1, node 2 +2, nginx (https) +3.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export ROBOTPLAN_PG_PORT="${ROBOTPLAN_PG_PORT:-55461}"
awards="${MULTINODE_AWARDS:-3000}"
latency="${MULTINODE_LATENCY_MS:-20}"
pg_port="$ROBOTPLAN_PG_PORT"
# Below Linux's ephemeral range (32768-60999): a port there can be taken by any outgoing connection between the check
# below and the bind (a run lost nginx's port that way). Not next to the PostgreSQL ports, where other servers listen.
base="${MULTINODE_PORT_BASE:-30571}"
sandbox_port=$base node1_port=$((base + 1)) node2_port=$((base + 2)) lb_port=$((base + 3))
for port in "$sandbox_port" "$node1_port" "$node2_port" "$lb_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "multinode.sh: port $port is taken (MULTINODE_PORT_BASE)" >&2; exit 2; fi
done
build="${MULTINODE_BUILD_DIR:-/tmp/robotplan-multinode-build}"
work="$(mktemp -d /tmp/robotplan-multinode.XXXXXX)"
chmod 755 "$work" # nginx's workers (nobody) write their temp files under it
password='Demo#2025robot'
lb="https://127.0.0.1:$lb_port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
t_start=$(date +%s)
failures=0

since() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; } # seconds from a to b (date +%s.%N)
say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { say "FAILED: $*"; failures=$((failures + 1)); }
die() { say "FATAL: $*"; exit 1; }

# ---------------------------------------------------------------- cleanup: everything this script started, by pid
declare -A pids=()
cleanup() {
  local rc=$?
  set +e
  for name in nginx node1 node2 sandbox; do
    pid="${pids[$name]:-}"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && { kill "$pid"; wait "$pid" 2>/dev/null; }
  done
  # (nginx's master, run with daemon off, stops its workers on SIGTERM before it exits.)
  etc/scripts/postgres.sh stop >/dev/null 2>&1
  if [ -n "${MULTINODE_KEEP:-}" ] || [ "$rc" != 0 ]; then echo "work folder (logs): $work"; else rm -rf "$work"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- tools
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  [ "$(id -u)" = 0 ] || die "nginx is not installed (apt-get install nginx)"
  say "installing nginx (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx) >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
for tool in curl jq openssl; do command -v "$tool" >/dev/null || die "$tool is missing"; done

say "building (Release): RobotPlan.Web, RobotPlan.DbMigrator, RobotPlan.TreasurySandbox, RobotPlan.Benchmarks → $build"
t0=$(date +%s)
dotnet publish src/RobotPlan.Web -c Release -o "$build/web" --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet publish src/RobotPlan.DbMigrator -c Release -o "$build/migrator" --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet publish src/RobotPlan.TreasurySandbox -c Release -o "$build/sandbox" --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build test/RobotPlan.Benchmarks -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
t_built=$(date +%s)
say "built in $((t_built - t0)) s"

# ---------------------------------------------------------------- PostgreSQL, migrator
server="$(etc/scripts/postgres.sh start 2>"$work/postgres.log")" || { cat "$work/postgres.log"; die "PostgreSQL did not start"; }
psql_bin="$(ls /usr/lib/postgresql/*/bin/psql | head -1)"
db="rp_multinode"
"$psql_bin" -q "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" \
  -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
conn="${server/Database=postgres/Database=$db}"
sql() { "$psql_bin" -qtA -F ' ' "host=127.0.0.1 port=$pg_port user=postgres dbname=$db" -c "$1"; }
mkdir -p "$work/data/files"
t0=$(date +%s)
(Database__Provider=PostgreSql RobotPlan__DataFolder="$work/data" ConnectionStrings__Default="$conn" \
  dotnet "$build/migrator/RobotPlan.DbMigrator.dll" --demo >"$work/migrator.log" 2>&1) || { tail -20 "$work/migrator.log"; die "DbMigrator failed"; }
say "PostgreSQL on :$pg_port, database $db migrated and seeded with demo data (DbMigrator --demo) in $(( $(date +%s) - t0 )) s"

# ---------------------------------------------------------------- treasury sandbox, nodes, nginx
wait_ready() { # url what
  for _ in $(seq 1 900); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done
  die "$2 did not answer on $1"
}

dotnet "$build/sandbox/RobotPlan.TreasurySandbox.dll" --urls "http://127.0.0.1:$sandbox_port" \
  --TreasurySandbox:Faults:LatencyMs="$latency" >"$work/sandbox.log" 2>&1 &
pids[sandbox]=$!
wait_ready "http://127.0.0.1:$sandbox_port/_sandbox/stats" "the treasury sandbox"
say "treasury sandbox (own process, pid ${pids[sandbox]}) on :$sandbox_port, ${latency} ms per call"

# Drill settings (differ from the defaults so the drill takes minutes, not a quarter of an hour):
#   Hangfire:InvisibilityTimeout 30 s (default 2 min)  a dead node's job returns to the queue after this
#   Payouts:Lease 45 s (default 2 min)                 a dead node's claimed payments are re-claimable after this
#                                                      (longer than the treasury client's 30 s total timeout, as required)
start_node() { # name port
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$2" \
    Database__Provider=PostgreSql ConnectionStrings__Default="$conn" RobotPlan__DataFolder="$work/data" \
    RobotPlan__MigrateOnStart=false Treasury__BaseAddress="http://127.0.0.1:$sandbox_port/" \
    Hangfire__InvisibilityTimeout=00:00:30 Payouts__Lease=00:00:45 \
    dotnet "$build/web/RobotPlan.Web.dll" --contentRoot "$build/web" >"$work/$1.log" 2>&1 &
  pids[$1]=$!
}
t0=$(date +%s)
start_node node1 "$node1_port"
start_node node2 "$node2_port"
wait_ready "http://127.0.0.1:$node1_port/health/ready" node1
wait_ready "http://127.0.0.1:$node2_port/health/ready" node2
say "node1 (pid ${pids[node1]}) on :$node1_port and node2 (pid ${pids[node2]}) on :$node2_port ready in $(( $(date +%s) - t0 )) s"
node_of_port() { case "$1" in *":$node1_port") echo node1 ;; *":$node2_port") echo node2 ;; *) echo "?($1)" ;; esac; }
node_of_pid() { [ "$1" = "${pids[node1]}" ] && echo node1 || { [ "$1" = "${pids[node2]}" ] && echo node2 || echo "pid $1"; }; }

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=127.0.0.1" -keyout "$work/lb.key" -out "$work/lb.crt" >/dev/null 2>&1
cat >"$work/nginx.conf" <<EOF
# Generated by etc/scripts/multinode.sh; the production shape is etc/docker/nginx.conf.
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
worker_processes 1;
events { worker_connections 256; }
http {
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    fastcgi_temp_path $work/nginx-fastcgi;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;
    log_format upstream '\$remote_addr "\$request" \$status → \$upstream_addr \$upstream_status \${request_time}s';
    access_log $work/nginx-access.log upstream;
    upstream robotplan {
        # Round robin, no stickiness: any node reads any login cookie (data-protection keys in the database).
        server 127.0.0.1:$node1_port max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$node2_port max_fails=1 fail_timeout=10s;
        keepalive 8;
    }
    server {
        listen 127.0.0.1:$lb_port ssl;
        ssl_certificate $work/lb.crt;
        ssl_certificate_key $work/lb.key;
        client_max_body_size 21m;
        location = /metrics { deny all; }
        location / {
            proxy_pass http://robotplan;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # With its port: the drill listens on a non-standard one, and the nodes build absolute links from it.
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout http_502 http_503;
            # For the drill's printout only: which node answered.
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
"$nginx_bin" -t -c "$work/nginx.conf" -p "$work" >/dev/null 2>&1 || { "$nginx_bin" -t -c "$work/nginx.conf" -p "$work"; die "nginx config"; }
"$nginx_bin" -c "$work/nginx.conf" -p "$work" >"$work/nginx.out" 2>&1 &
pids[nginx]=$!
wait_ready "http://127.0.0.1:$node1_port/health/live" node1 # (nginx is checked by the first request below)
for _ in $(seq 1 50); do curl -ksf "$lb/health/live" >/dev/null 2>&1 && break; sleep 0.1; done
curl -ksf "$lb/health/live" >/dev/null 2>&1 || { tail -3 "$work/nginx-error.log"; die "nginx does not answer on $lb"; }
say "nginx (pid ${pids[nginx]}, config $work/nginx.conf) on https://127.0.0.1:$lb_port → round robin over :$node1_port, :$node2_port"
t_up=$(date +%s)

# ---------------------------------------------------------------- curl session helpers
# One cookie jar per user; antiforgery: the form token of a page rendered for the user, sent as RequestVerificationToken
# on API writes. call() leaves the body in $work/body, the status in $status and the answering node in $last_node.
declare -A tokens=()
status="" last_node=""
read_headers() {
  status=$(awk 'NR==1 {print $2}' "$work/headers")
  last_node=$(node_of_port "$(awk 'tolower($1)=="x-upstream:" {print $2}' "$work/headers" | tr -d '\r' | tail -1)")
}
call() { # user method path [json]
  local user="$1" method="$2" path="$3" data="${4:-}"
  local args=(-ks -o "$work/body" -D "$work/headers" -X "$method" -b "$work/$user.jar" -c "$work/$user.jar")
  [ -n "${tokens[$user]:-}" ] && args+=(-H "RequestVerificationToken: ${tokens[$user]}")
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data "$data")
  curl "${args[@]}" "$lb$path" || true
  read_headers
}
upload() { # user path kind file → multipart POST
  local user="$1"
  curl -ks -o "$work/body" -D "$work/headers" -b "$work/$user.jar" -c "$work/$user.jar" -H "RequestVerificationToken: ${tokens[$user]}" \
    -F "kind=$3" -F "file=@$4;type=application/pdf" "$lb$2" || true
  read_headers
}
body() { cat "$work/body"; }
field() { jq -r "$1" "$work/body"; }
show() { say "  $1 $2 $3 → $status (answered by $last_node)${4:+ $4}"; }
expect() { # status → counts a failure when the last call answered otherwise
  [ "$status" = "$1" ] || { fail "expected $1, got $status: $(head -c 400 "$work/body")"; return 1; }
}
form_token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/body" | head -1 | sed 's/.*value="//; s/"$//'; }

login() { # user
  local user="$1" token n1
  rm -f "$work/$user.jar"; tokens[$user]=""
  call "$user" GET /Account/Login; token=$(form_token); n1="$last_node"
  curl -ks -o /dev/null -D "$work/headers" -b "$work/$user.jar" -c "$work/$user.jar" "$lb/Account/Login" \
    --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token"
  read_headers
  login_node="$last_node"
  [ "$status" = 302 ] && grep -q RobotPlan.Auth "$work/$user.jar" || { fail "login of $user: $status"; return 1; }
  # The signed-in token for API writes, from a page rendered for this user (the layout's logout form).
  call "$user" GET /; tokens[$user]=$(form_token)
  say "  login $user: form from $n1, cookie issued by $login_node, signed-in page (same cookie) from $last_node"
}

# ---------------------------------------------------------------- 1. the session through nginx
say "SESSION through nginx (curl, cookie jars, antiforgery tokens)"
t0=$(date +%s)
login finance
issued="$login_node" seen=""
for _ in 1 2 3 4; do
  call finance GET "/api/app/payout-batches?maxResultCount=1"; show finance GET /api/app/payout-batches; expect 200 || true
  seen="$seen $last_node"
done
if [[ "$seen" == *node1* && "$seen" == *node2* ]] && [ "$status" = 200 ]; then
  say "  → the login cookie issued by $issued was accepted by both nodes:$seen"
else
  fail "the login cookie was not seen accepted by both nodes (issued by $issued, answered by$seen)"
fi
# Forwarded headers: TLS ends at nginx; the node must see the client's scheme and host (X-Forwarded-Proto from the
# loopback proxy is trusted; Host is passed with its port), or the links it builds would point at http:// or the wrong port.
# The login redirect of a signed-in page is such a link (absolute: the cookie handler builds it from the request).
location=$(curl -ks -o /dev/null -D - "$lb/Dashboard" | awk 'tolower($1)=="location:" {print $2}' | tr -d '\r')
if [[ "$location" == "https://127.0.0.1:$lb_port/Account/Login"* ]]; then
  say "  → anonymous /Dashboard redirects to $location: the node saw the client's https and host behind nginx"
else
  fail "behind nginx the node built the login link '$location' (expected https://127.0.0.1:$lb_port/Account/Login…)"
fi

# Apply → review → approve: a catalog application (重点鼓励采购产品目录), every step a real API call.
login municipal
today=$(TZ=Asia/Shanghai date +%F)
call municipal POST /api/app/catalog-batches "$(jq -nc --arg y "$(TZ=Asia/Shanghai date +%Y)" \
  --arg o "$(TZ=Asia/Shanghai date -d yesterday +%FT00:00:00)" --arg c "$(TZ=Asia/Shanghai date -d '+30 days' +%FT00:00:00)" \
  --arg r "$(TZ=Asia/Shanghai date -d '+60 days' +%FT00:00:00)" \
  '{catalog: "KeyProcurement", year: ($y | tonumber), title: "多节点演练批次", opensAt: $o, closesAt: $c, revisionDeadline: $r,
    rubric: [{name: "技术先进性", weight: 60}, {name: "市场前景", weight: 40}]}')"
show municipal POST /api/app/catalog-batches "(opens a key-procurement batch)"; expect 200 || expect 201 || true
catalog_batch=$(field .id)
login lingyun
model="MN-$(date +%s)"
call lingyun POST /api/app/products "{\"name\":\"多节点演练焊接机器人\",\"model\":\"$model\",\"categoryCode\":\"IR-WELD\",\"specifications\":[{\"name\":\"负载\",\"value\":\"6\",\"unit\":\"kg\"}]}"
show lingyun POST /api/app/products "(product $model)"; expect 200 || expect 201 || true
product=$(field .id)
call lingyun POST /api/app/catalog-applications "{\"batchId\":\"$catalog_batch\",\"productId\":\"$product\",\"keyProcurement\":{\"price\":98000,\"annualCapacity\":100,\"afterSalesService\":\"渝北区服务站\"}}"
show lingyun POST /api/app/catalog-applications "(draft)"; expect 200 || expect 201 || true
application=$(field .id)
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$work/form.pdf"
for kind in ApplicationForm AfterSalesCommitment; do
  upload lingyun "/api/app/catalog-applications/$application/attachments" "$kind" "$work/form.pdf"
  show lingyun POST "/api/app/catalog-applications/{id}/attachments" "($kind)"; expect 200 || true
done
call lingyun POST "/api/app/catalog-applications/$application/submit" "{\"concurrencyStamp\":\"$(field .concurrencyStamp)\"}"
show lingyun POST "/api/app/catalog-applications/{id}/submit" "→ $(field .status)"; expect 200 || true
stamp=$(field .concurrencyStamp)
login district-yubei
call district-yubei POST "/api/app/catalog-applications/$application/district-approve" "{\"concurrencyStamp\":\"$stamp\",\"comment\":\"材料齐全，同意上报\"}"
show district-yubei POST "/api/app/catalog-applications/{id}/district-approve" "→ $(field .status)"; expect 200 || true
call municipal POST "/api/app/catalog-applications/$application/formal-approve" "{\"concurrencyStamp\":\"$(field .concurrencyStamp)\",\"comment\":\"形式审查通过\"}"
show municipal POST "/api/app/catalog-applications/{id}/formal-approve" "→ $(field .status)"; expect 200 || true

# Shortened: a subsidy award needs a claim through district, municipal and finance review and five working days of
# public notice, which cannot end within the drill (and the demo's waiting claim is in 两江新区, which has no demo
# district reviewer). Finance pays the demo's award whose notice ended a month ago (bayu's first-purchase reward).
say "  SHORTENED: the subsidy claim's own workflow (district, municipal, finance review, then five working days of public"
say "  notice) cannot finish within the drill; finance pays the demo's award whose notice ended a month ago (DbMigrator --demo)."
login finance2
pay_batch() { # assemble (finance), submit (finance), approve (finance2; the submitter may not) → batch_id, t_approved
  local stamp
  call finance POST /api/app/payout-batches/assemble; show finance POST /api/app/payout-batches/assemble; expect 200 || return 1
  batch_id=$(field .id)
  say "    batch $(field .number): $(field .itemCount) awards, $(field .heldCount) held, $(field .total) 元"
  call finance POST "/api/app/payout-batches/$batch_id/submit" "{\"concurrencyStamp\":\"$(field .concurrencyStamp)\"}"
  show finance POST "/api/app/payout-batches/{id}/submit"; expect 200 || return 1
  stamp=$(field .concurrencyStamp)
  call finance POST "/api/app/payout-batches/$batch_id/approve" "{\"concurrencyStamp\":\"$stamp\"}"
  show finance POST "/api/app/payout-batches/{id}/approve" "(four-eyes: the submitter is refused)"; expect 422 || true
  call finance2 POST "/api/app/payout-batches/$batch_id/approve" "{\"concurrencyStamp\":\"$stamp\"}"
  show finance2 POST "/api/app/payout-batches/{id}/approve"; expect 200 || return 1
  t_approved=$(date +%s.%N)
}
batch_status() { sql "SELECT \"Status\" FROM \"PayoutBatches\" WHERE \"Id\" = '$1'"; }

say "  finance pays the demo's approved award(s):"
pay_batch
for _ in $(seq 1 120); do [ "$(batch_status "$batch_id")" = 5 ] && break; sleep 0.5; done
[ "$(batch_status "$batch_id")" = 5 ] || fail "the session's batch was not done within 60 s"
call finance GET "/api/app/payout-batches/$batch_id"; show finance GET "/api/app/payout-batches/{id}" "→ $(field .batch.status)"
paid_by=$(sql "SELECT DISTINCT split_part(\"Executor\", ':', 2) FROM \"PaymentAttempts\" a JOIN \"Payments\" p ON p.\"Id\" = a.\"PaymentId\" WHERE p.\"BatchId\" = '$batch_id'")
say "    batch Done: $(sql "SELECT count(*), sum(\"Amount\") FROM \"Payments\" WHERE \"BatchId\" = '$batch_id' AND \"Status\" = 3" | awk '{printf "%d paid, %.2f 元", $1, $2 / 100}'), by the Hangfire job on $(for p in $paid_by; do node_of_pid "$p"; done | xargs)"
t_session=$(( $(date +%s) - t0 ))
say "session done in ${t_session} s"

# ---------------------------------------------------------------- 2. the big batch, one node killed in the middle
say "DRILL: $awards generated awards, one node killed (SIGKILL) in the middle of the batch"
t0=$(date +%s)
generated=$(dotnet test/RobotPlan.Benchmarks/bin/Release/net10.0/RobotPlan.Benchmarks.dll awards PostgreSql "$conn" "$awards" | tail -1) \
  || die "the award generator failed"
read -r program_id _ payees total <<<"$generated"
say "  $awards approved awards (benchmark generator) for $payees enterprises, total $total 元, programme $program_id, in $(( $(date +%s) - t0 )) s"
pay_batch
big_batch="$batch_id"
n_batch=$(sql "SELECT count(*) FROM \"Payments\" WHERE \"BatchId\" = '$big_batch'")
paid_count() { sql "SELECT count(*) FROM \"Payments\" WHERE \"BatchId\" = '$big_batch' AND \"Status\" = 3"; }
# Kill the node that runs the batch once a quarter of it is paid (its pid is in the executor's lease owner host:pid:id).
victim=""
for _ in $(seq 1 1200); do
  p=$(paid_count)
  if [ "$p" -ge $((n_batch / 4)) ]; then
    owner_pid=$(sql "SELECT split_part(\"LeaseOwner\", ':', 2) FROM \"Payments\" WHERE \"BatchId\" = '$big_batch' AND \"Status\" = 2 LIMIT 1")
    [ -n "$owner_pid" ] && victim=$(node_of_pid "$owner_pid") && break
  fi
  sleep 0.2
done
[ "$victim" = node1 ] || [ "$victim" = node2 ] || die "could not tell which node runs the batch (lease owner pid '${owner_pid:-}')"
survivor=$([ "$victim" = node1 ] && echo node2 || echo node1)
kill -9 "${pids[$victim]}"; wait "${pids[$victim]}" 2>/dev/null || true
t_kill=$(date +%s.%N)
sending=$(sql "SELECT count(*) FROM \"Payments\" WHERE \"BatchId\" = '$big_batch' AND \"Status\" = 2")
paid_at_kill=$(paid_count)
say "  KILLED $victim (SIGKILL) $(since "$t_approved" "$t_kill") s after approval: $paid_at_kill of $n_batch paid, $sending claimed in flight"
# nginx keeps serving through the survivor.
call finance GET "/api/app/payout-batches/$big_batch"; show finance GET "/api/app/payout-batches/{id}" "→ $(field .batch.status)"; expect 200 || true
for i in $(seq 1 1800); do
  s=$(batch_status "$big_batch")
  [ "$s" = 5 ] && break
  [ $((i % 20)) = 0 ] && say "    $(paid_count) / $n_batch paid, $(sql "SELECT count(*) FROM \"Payments\" WHERE \"BatchId\" = '$big_batch' AND \"Status\" = 2") claimed (batch status $s)"
  sleep 0.5
done
t_done=$(date +%s.%N)
[ "$(batch_status "$big_batch")" = 5 ] || fail "the batch was not done 15 minutes after the kill"
survivor_pid="${pids[$survivor]}"
resumed=$(sql "SELECT to_char(min(\"StartedAtUtc\"), 'HH24:MI:SS') FROM \"PaymentAttempts\" a JOIN \"Payments\" p ON p.\"Id\" = a.\"PaymentId\"
  WHERE p.\"BatchId\" = '$big_batch' AND split_part(a.\"Executor\", ':', 2) = '$survivor_pid'")
say "  $survivor resumed the batch at $resumed UTC (first attempt by its executor); batch done $(since "$t_kill" "$t_done") s after the kill, $(since "$t_approved" "$t_done") s after approval"
sql "SELECT split_part(a.\"Executor\", ':', 2), a.\"Operation\", count(*) FROM \"PaymentAttempts\" a JOIN \"Payments\" p ON p.\"Id\" = a.\"PaymentId\"
  WHERE p.\"BatchId\" = '$big_batch' GROUP BY 1, 2 ORDER BY 1, 2" | while read -r pid op n; do say "    attempts: $(node_of_pid "$pid") $op × $n"; done
# Hangfire's own record of the batch job: which server ran it, and the re-run after the kill.
sql "SELECT s.name, to_char(s.createdat, 'HH24:MI:SS'), split_part(substring(s.data::text from '\"ServerId\": *\"([^\"]*)\"'), ':', 2)
  FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid WHERE j.arguments::text LIKE '%$big_batch%' ORDER BY s.id" |
  while read -r name at pid; do say "    hangfire job ExecutePayoutBatchJob: $name at $at UTC${pid:+ on $(node_of_pid "$pid")}"; done
say "    payments needing more than one claim: $(sql "SELECT count(*) FROM \"Payments\" WHERE \"BatchId\" = '$big_batch' AND \"AttemptCount\" > 1")"

# ---------------------------------------------------------------- 3. exactly once: the ledger against the treasury's own records
say "CHECK: every award paid exactly once (database ledger vs the sandbox treasury's records and statements)"
curl -fs "http://127.0.0.1:$sandbox_port/_sandbox/payments" >"$work/treasury.json"
curl -fs "http://127.0.0.1:$sandbox_port/_sandbox/stats" >"$work/treasury-stats.json"
# Ledger: every Paid payment (the session's and the drill's batches) with its key and amount in fen.
sql "SELECT \"IdempotencyKey\", \"Amount\", \"GatewayReference\" FROM \"Payments\" WHERE \"Status\" = 3 " | LC_ALL=C sort >"$work/ledger.txt"
jq -r '.[] | select(.state == "Settled") | "\(.idempotencyKey) \((.amount * 100 | round)) \(.treasuryReference)"' "$work/treasury.json" | LC_ALL=C sort >"$work/treasury.txt"
n_records=$(jq length "$work/treasury.json")
n_settled=$(wc -l <"$work/treasury.txt")
n_refs=$(jq -r '.[].reference' "$work/treasury.json" | sort -u | wc -l)
n_ledger=$(wc -l <"$work/ledger.txt")
big_paid=$(paid_count)
big_awards_paid=$(sql "SELECT count(*) FROM \"Awards\" WHERE \"ProgramId\" = '$program_id' AND \"Status\" = 2")
big_sum=$(sql "SELECT sum(\"Amount\") FROM \"Payments\" WHERE \"BatchId\" = '$big_batch' AND \"Status\" = 3")
generated_fen=$(echo "$total" | awk '{printf "%.0f", $1 * 100}')
dup_awards=$(sql "SELECT count(*) FROM (SELECT \"AwardId\" FROM \"Payments\" GROUP BY 1 HAVING count(*) > 1) d")
budget=$(sql "SELECT \"Paid\", \"Reserved\" FROM \"SubsidyPrograms\" WHERE \"Id\" = '$program_id'")
# The treasury's statements (what reconciliation reads) for every value date in the ledger.
: >"$work/statements.txt"
for d in $(sql "SELECT DISTINCT \"ValueDate\" FROM \"Payments\" WHERE \"Status\" = 3"); do
  curl -fs "http://127.0.0.1:$sandbox_port/statements?date=$d" | jq -r '.entries[] | "\(.idempotencyKey) \((.amount * 100 | round)) \(.treasuryReference)"' >>"$work/statements.txt"
done
LC_ALL=C sort -o "$work/statements.txt" "$work/statements.txt"

check() { # description condition-result(0/1)
  if [ "$2" = 0 ]; then say "  ok    $1"; else fail "$1"; fi
}
check "drill batch: $big_paid of $awards payments Paid" "$([ "$big_paid" = "$awards" ] && [ "$n_batch" = "$awards" ]; echo $?)"
check "drill programme: $big_awards_paid of $awards awards Paid" "$([ "$big_awards_paid" = "$awards" ]; echo $?)"
check "drill batch sum $(awk -v f="$big_sum" 'BEGIN {printf "%.2f", f / 100}') 元 = generated total $total 元" "$([ "$big_sum" = "$generated_fen" ]; echo $?)"
check "no award with two payments in the ledger ($dup_awards)" "$([ "$dup_awards" = 0 ]; echo $?)"
check "treasury: $n_records records, $n_settled settled, $n_refs distinct award references (one per award)" \
  "$([ "$n_records" = "$n_settled" ] && [ "$n_refs" = "$n_records" ]; echo $?)"
check "ledger ($n_ledger Paid) = treasury records ($n_settled): same keys, amounts and treasury references" \
  "$(cmp -s "$work/ledger.txt" "$work/treasury.txt"; echo $?)"
check "ledger = the treasury's statements ($(wc -l <"$work/statements.txt") entries)" "$(cmp -s "$work/ledger.txt" "$work/statements.txt"; echo $?)"
check "budget of the drill programme: paid $(echo "$budget" | awk '{printf "%.2f", $1 / 100}') 元, reserved $(echo "$budget" | awk '{printf "%.2f", $2 / 100}') 元" \
  "$(echo "$budget" | awk -v g="$generated_fen" '{exit !($1 == g && $2 == 0)}'; echo $?)"
say "  treasury: $(jq -r '"\(.postCount) POSTs, \(.getCount) GETs by key"' "$work/treasury-stats.json") (a POST replayed with the same key pays nothing twice)"
errors=$({ grep -hE '^\[[0-9:]+ (ERR|FTL)\]' "$work/node1.log" "$work/node2.log" || true; } | sort | uniq -c | sort -rn)
check "no ERR/FTL line in either node's log" "$([ -z "$errors" ]; echo $?)"
[ -z "$errors" ] || echo "$errors" | head -5
[ "$failures" = 0 ] || diff "$work/ledger.txt" "$work/treasury.txt" | head -10

say "SUMMARY $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(git rev-parse --short HEAD):"
say "  build $((t_built - t_start)) s; start (PostgreSQL, DbMigrator --demo, sandbox, 2 nodes, nginx) $((t_up - t_built)) s; session ${t_session} s;"
say "  $awards awards: killed $victim at $paid_at_kill paid ($sending in flight); $survivor resumed at $resumed UTC and finished; approval→done $(since "$t_approved" "$t_done") s, kill→done $(since "$t_kill" "$t_done") s"
say "  checks failed: $failures"
[ "$failures" = 0 ]
