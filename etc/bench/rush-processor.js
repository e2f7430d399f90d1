// P-7 deadline rush (etc/scripts/bench-rush.sh): the functions of the Artillery scenarios in rush-*.yml.
// Responses are read here rather than with Artillery's `capture`: a failed capture ends the virtual user, while an
// enterprise refused at the close must still write its outcome line (the integrity check reads every flow's end).
// Environment: RUSH_DIR (enterprises.csv, reviewers.csv, outcomes.tsv, errors.tsv; started.txt and closes.txt, epoch ms:
// the first arrival and the batch's close, which the script sets from it), RUSH_PASSWORD, RUSH_END (epoch ms: when
// reviewers and buyers stop).
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.RUSH_DIR;
const end = Number(process.env.RUSH_END);
const kinds = ['ApplicationForm', 'FirstSaleContract', 'IntellectualProperty'];
const reviewers = fs.readFileSync(path.join(dir, 'reviewers.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
let nextReviewer = 0; // reviewers arrive by arrivalCount, which Artillery runs in one worker: one counter is enough

function json(body) {
  try { return typeof body === 'string' ? JSON.parse(body) : body; } catch { return null; }
}

/** Every response: a line in errors.tsv for what is not 2xx (kind, status, problem code or the body's start). */
function observe(req, res, context, events, next) {
  const kind = req.name || req.url;
  // Artillery's per-request figure (metrics-by-endpoint) is time to first byte after the request was sent, so without
  // the upload's transfer; this one is the whole exchange, upload included.
  if (req.attachment) events.emit('histogram', 'rush.upload_with_transfer', res.timings.phases.total);
  if (res.statusCode >= 300 && !(kind === 'reviewer sign-in' && res.statusCode === 401)) {
    const text = typeof res.body === 'string' ? res.body : '';
    const problem = json(text);
    const code = (problem && problem.code) || text.slice(0, 120).replace(/\s+/g, ' ');
    if (/database is locked/i.test(text)) events.emit('counter', `rush.database_locked.${kind}`, 1);
    fs.appendFileSync(path.join(dir, 'errors.tsv'), `${new Date().toISOString()}\t${kind}\t${res.statusCode}\t${code}\n`);
  }
  next();
}

// ---------------------------------------------------------------- enterprises

/** Three 1 MB PDFs of this enterprise (its user name in each, random filling): the bytes and their SHA-256. */
function preparePdfs(context, events, next) {
  try { fs.writeFileSync(path.join(dir, 'started.txt'), String(Date.now()), { flag: 'wx' }); } catch { /* not the first */ }
  context.vars.pdfs = {};
  context.vars.sha = {};
  for (const kind of kinds) {
    const head = `%PDF-1.4\n% ${context.vars.user} ${kind}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n`
      + '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n3 0 obj << /Length 1048000 >> stream\n';
    const bytes = Buffer.concat([Buffer.from(head), crypto.randomBytes(1048000),
      Buffer.from('\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')]);
    context.vars.pdfs[kind] = bytes;
    context.vars.sha[kind] = crypto.createHash('sha256').update(bytes).digest('hex');
  }
  next();
}

/** The multipart body of one attachment (the step's `attachment` names its kind). */
function attachPdf(req, context, events, next) {
  const boundary = `----rush${crypto.randomBytes(8).toString('hex')}`;
  const kind = req.attachment;
  req.body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`
      + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${kind}.pdf"\r\n`
      + 'Content-Type: application/pdf\r\n\r\n'),
    context.vars.pdfs[kind],
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  req.headers = { ...req.headers, 'content-type': `multipart/form-data; boundary=${boundary}` };
  next();
}

/** RUSH_SIGNED_IN=1: the payload's third field is a token taken before the rush, so the flow starts at its draft. */
function mustSignIn(vars) {
  if (vars.presetToken) vars.token = vars.presetToken;
  return !vars.token;
}

function keepToken(req, res, context, events, next) {
  const body = json(res.body);
  if (res.statusCode === 200 && body && body.accessToken) context.vars.token = body.accessToken;
  next();
}

/** The draft's id and, after every change, its concurrency stamp (the submit must carry the latest). */
function keepApplication(req, res, context, events, next) {
  const body = json(res.body);
  if (res.statusCode < 300 && body && body.id) {
    context.vars.applicationId = body.id;
    context.vars.stamp = body.concurrencyStamp;
    if (req.attachment) context.vars.attached = (context.vars.attached || 0) + 1;
  } else if (req.attachment) {
    context.vars.uploadFailed = true;
  }
  next();
}

function markSubmit(req, context, events, next) {
  context.vars.submitSentAt = Date.now();
  next();
}

function keepSubmit(req, res, context, events, next) {
  context.vars.submitStatus = res.statusCode;
  next();
}

/** The flow's end, whatever happened: user, application, submit status, the three SHA-256, sent before/after the close. */
function writeOutcome(context, events, next) {
  const v = context.vars;
  const status = v.submitStatus || (v.applicationId ? 'not-submitted' : 'no-draft');
  const sent = v.submitSentAt || Date.now();
  const closesAt = Number(fs.readFileSync(path.join(dir, 'closes.txt'), 'utf8'));
  fs.appendFileSync(path.join(dir, 'outcomes.tsv'), [v.user, v.applicationId || '-', status,
    ...kinds.map((k) => v.sha[k]), sent >= closesAt ? 'late' : 'intime'].join('\t') + '\n');
  delete v.pdfs; // 3 MB a user: let it go with the flow
  next();
}

/** ifTrue of the upload, pre-check and submit steps (called with the user's variables). */
function readyToUpload(vars) { return Boolean(vars.applicationId && !vars.uploadFailed); }

// ---------------------------------------------------------------- reviewers

function pickReviewer(context, events, next) {
  const [user, key] = reviewers[nextReviewer++ % reviewers.length];
  context.vars.reviewer = user;
  context.vars.authenticatorKey = key;
  next();
}

function keepChallenge(req, res, context, events, next) {
  const body = json(res.body);
  if (body && body.challengeToken) context.vars.challengeToken = body.challengeToken;
  next();
}

/** RFC 6238 (30 s, 6 digits, HMAC-SHA1), as an authenticator app computes it from the Base32 key. */
function totp(base32, now = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30000)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

function twoFactorBody(req, context, events, next) {
  req.json = { challengeToken: context.vars.challengeToken, code: totp(context.vars.authenticatorKey) };
  next();
}

function rushGoesOn(context, next) { return next(Date.now() < end && Boolean(context.vars.token)); }

/** A random page of the inbox (20 rows), within what the last answer said there is. */
function choosePage(req, context, events, next) {
  const pages = Math.max(1, Math.ceil((context.vars.taskTotal || 0) / 20));
  context.vars.skip = 20 * Math.floor(Math.random() * pages);
  next();
}

function pickTask(req, res, context, events, next) {
  const body = json(res.body);
  context.vars.fileId = null;
  if (res.statusCode === 200 && body) {
    context.vars.taskTotal = body.totalCount;
    const files = (body.items || []).filter((t) => t.kind === 'CatalogFile');
    if (files.length) context.vars.fileId = files[Math.floor(Math.random() * files.length)].fileId;
  }
  next();
}

function pickAttachment(req, res, context, events, next) {
  const body = json(res.body);
  context.vars.attachmentId = null;
  const attachments = (res.statusCode === 200 && body && body.attachments) || [];
  if (attachments.length) context.vars.attachmentId = attachments[Math.floor(Math.random() * attachments.length)].fileId;
  next();
}

// ---------------------------------------------------------------- buyers

const keywords = ['焊', '垛', '协', '焊接', '码垛', '协作', '减速器', '焊接机器人', '协作机器人', 'RV减速器', '伺服', '康复机器人'];

function chooseKeyword(req, context, events, next) {
  context.vars.keyword = encodeURIComponent(keywords[Math.floor(Math.random() * keywords.length)]);
  next();
}

function buyersGoOn(context, next) { return next(Date.now() < end); }

module.exports = {
  observe, preparePdfs, attachPdf, mustSignIn, keepToken, keepApplication, markSubmit, keepSubmit, writeOutcome, readyToUpload,
  pickReviewer, keepChallenge, twoFactorBody, rushGoesOn, choosePage, pickTask, pickAttachment, chooseKeyword, buyersGoOn, totp,
};
