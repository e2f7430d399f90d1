// P-7: the figures of one rush from Artillery's JSON reports (artillery run --output): per request kind the count,
// p50/p95/max of the time to first byte after the request was sent (Artillery's metrics-by-endpoint: the upload's
// transfer is not in it), the answers by status and the transport errors; then the upload with its transfer.
// Usage: node rush-report.js <report.json>...   Prints a Markdown table; exits 0.
'use strict';
const fs = require('node:fs');

const kinds = new Map();
const other = {};
for (const file of process.argv.slice(2)) {
  const { aggregate } = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const [name, s] of Object.entries(aggregate.summaries || {})) {
    const m = name.match(/^plugins\.metrics-by-endpoint\.response_time\.(.+)$/);
    if (m) kinds.set(m[1], { ...(kinds.get(m[1]) || { codes: {}, errors: {} }), summary: s });
    else if (name.startsWith('rush.')) other[name] = s;
  }
  for (const [name, value] of Object.entries(aggregate.counters || {})) {
    let m = name.match(/^plugins\.metrics-by-endpoint\.(.+)\.codes\.(\d+)$/);
    if (m) {
      const k = kinds.get(m[1]) || { codes: {}, errors: {} };
      k.codes[m[2]] = (k.codes[m[2]] || 0) + value;
      kinds.set(m[1], k);
      continue;
    }
    m = name.match(/^plugins\.metrics-by-endpoint\.(.+)\.errors\.(.+)$/);
    if (m) {
      const k = kinds.get(m[1]) || { codes: {}, errors: {} };
      k.errors[m[2]] = (k.errors[m[2]] || 0) + value;
      kinds.set(m[1], k);
      continue;
    }
    if (name.startsWith('rush.') || name.startsWith('errors.') || name.startsWith('vusers.')) other[name] = (other[name] || 0) + value;
  }
}
const order = ['sign-in', 'create draft', 'upload attachment', 'eligibility pre-check', 'submit', 'reviewer sign-in',
  'reviewer second factor', 'task list page', 'open file', 'open attachment', 'buyer search'];
const f = (v) => (v === undefined ? '-' : Math.round(v).toString());
console.log('| request kind | requests | p50 ms | p95 ms | max ms | 2xx | 5xx | 409 | other answers | transport errors | p95 ≤ 500 ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const name of [...order.filter((n) => kinds.has(n)), ...[...kinds.keys()].filter((n) => !order.includes(n))]) {
  const { summary: s = {}, codes, errors } = kinds.get(name);
  const sum = (pred) => Object.entries(codes).filter(([c]) => pred(Number(c))).reduce((a, [, v]) => a + v, 0);
  const rest = Object.entries(codes).filter(([c]) => !(c[0] === '2' || c[0] === '5' || c === '409')).map(([c, v]) => `${c}×${v}`).join(' ') || '0';
  const errs = Object.entries(errors).map(([c, v]) => `${c}×${v}`).join(' ') || '0';
  const limit = name === 'buyer search' ? 100 : 500;
  console.log(`| ${name} | ${s.count ?? sum(() => true)} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.max)} | ${sum((c) => c < 300)} | ${sum((c) => c >= 500)} | ${codes['409'] || 0} | ${rest} | ${errs} | ${s.p95 === undefined ? '-' : s.p95 <= limit ? 'yes' : `NO (${limit === 100 ? 'search ≤ 100' : '> 500'})`} |`);
}
const upload = other['rush.upload_with_transfer'];
if (upload) console.log(`\nupload attachment with its transfer (1 MB): p50 ${f(upload.p50)} ms, p95 ${f(upload.p95)} ms, max ${f(upload.max)} ms`);
const locked = Object.entries(other).filter(([n]) => n.startsWith('rush.database_locked.'));
console.log(`"database is locked" answers: ${locked.length ? locked.map(([n, v]) => `${n.slice(21)} ${v}`).join(', ') : 0}`);
const transport = Object.entries(other).filter(([n]) => n.startsWith('errors.'));
console.log(`transport errors: ${transport.length ? transport.map(([n, v]) => `${n.slice(7)} ${v}`).join(', ') : 0}; `
  + `virtual users: ${other['vusers.created'] || 0} created, ${other['vusers.completed'] || 0} completed, ${other['vusers.failed'] || 0} failed`);
