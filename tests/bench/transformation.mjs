// The substitution figures (transformation) for a full year, per quarter and per month, as the regisseur (exact) and
// the analyst (protected): aggregated in SQL, they must answer in under 300 ms at 10x with a constant number of
// statements. Timed sequentially on our server only (PostGraphile has no such query).
import { ask } from './answers.mjs';

const QUERY = `query Transformation($period: PeriodInput!, $granularity: SeriesInterval!) {
  transformation(period: $period, granularity: $granularity) {
    byProviderKind { periodStart periodEnd kinds { kind activeArrangements newArrangements hoursDelivered costCents arrangementsShare hoursShare costShare } }
    periodTotals { kind activeArrangements newArrangements hoursDelivered costCents arrangementsShare hoursShare costShare }
    fundingToLighter { agreedCents paidCents hoursDelivered agreedCentsPerHour suppressed
      receivers { provider { name } agreedCents paidCents hoursDelivered agreedCentsPerHour suppressed } } } }`;

export const TRANSFORMATION_TARGET_MS = 300;

/** Twelve months up to today (the seed data are dated relative to today). */
function lastYear() {
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate() + 1));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The same server, signed in as the demo's analyst. */
async function asAnalyst(ours) {
  const answer = await ask(
    { ...ours, headers: { 'content-type': 'application/json' } },
    { query: 'mutation { login(input: { email: "analist@gemeente.example", password: "regiekamer-demo" }) { token } }' },
  );
  const token = answer.json.data?.login?.token;
  if (!token) throw new Error(`login as the analyst failed: ${answer.text.slice(0, 300)}`);
  return { ...ours, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } };
}

async function timed(server, request, counter, count) {
  const first = await ask(server, request);
  if (first.status !== 200 || first.json.errors) throw new Error(`transformation: ${first.text.slice(0, 300)}`);
  const times = [];
  await counter?.reset();
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const answer = await ask(server, request);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (answer.text !== first.text) throw new Error('transformation: answers differ between identical requests');
  }
  const statements = counter ? (await counter.total()) / count : null;
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
    statementsPerRequest: statements,
  };
}

/** Per role and granularity: median and p95 of `count` sequential requests, and statements per request (with a counter). */
export async function transformationProbe(ours, counter, count = 20) {
  const period = lastYear();
  const servers = { regisseur: ours, analyst: await asAnalyst(ours) };
  const results = [];
  for (const [role, server] of Object.entries(servers)) {
    for (const granularity of ['QUARTER', 'MONTH']) {
      const result = await timed(server, { query: QUERY, variables: { period, granularity } }, counter, count);
      results.push({ role, granularity, period, ...result });
    }
  }
  return results;
}

/** One line per probe, with PASS or MISS against the target. */
export function transformationLines(scale, results) {
  return results.map(
    (r) =>
      `${scale}x transformation of a year per ${r.granularity.toLowerCase()} as ${r.role}: median ${r.medianMs.toFixed(0)} ms, ` +
      `p95 ${r.p95Ms.toFixed(0)} ms (target ${TRANSFORMATION_TARGET_MS}: ${r.p95Ms < TRANSFORMATION_TARGET_MS ? 'PASS' : 'MISS'})` +
      (r.statementsPerRequest === null ? '' : `, ${r.statementsPerRequest.toFixed(1)} statements`),
  );
}

// Alone, against a running server seeded with `npm run seed -- --scale N`:
//   node tests/bench/transformation.mjs http://127.0.0.1:4000/graphql
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
  const anonymous = { name: 'ours', url, headers: { 'content-type': 'application/json' } };
  const login = await ask(anonymous, {
    query: 'mutation { login(input: { email: "regisseur@gemeente.example", password: "regiekamer-demo" }) { token } }',
  });
  const ours = { ...anonymous, headers: { ...anonymous.headers, authorization: `Bearer ${login.json.data.login.token}` } };
  for (const line of transformationLines('?', await transformationProbe(ours, null))) console.log(line);
}
