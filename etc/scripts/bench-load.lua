-- wrk script for P-1/P-2 (etc/scripts/bench-load.sh): each request takes the next of 24 keywords (8 each of 1, 2 and 3+
-- characters, those of bench-search.sh), so the run is not one cached answer. BENCH_PATH is the URL up to the keyword.
local keywords = {
  "焊", "垛", "涂", "协", "磨", "泵", "康", "臂",
  "焊接", "码垛", "喷涂", "协作", "打磨", "分拣", "康复", "伺服",
  "减速器", "焊接机器人", "协作机器人", "康复机器人", "RV减速器", "激光焊接", "码垛机器人", "控制器",
}
local prefix = os.getenv("BENCH_PATH") or "/api/public/listings?keyword="

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, k in ipairs(keywords) do paths[i] = prefix .. encode(k) end

local counter = 0
function setup(thread)
  -- The threads start at different keywords.
  thread:set("counter", counter * 7)
  counter = counter + 1
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
