// The maatwerk curve (maatwerkSeries) as the Transformatie page asks it: per year over six years and per quarter over
// three, for the regisseur (exact, with the months loaded) and an analyst (protected). Aggregated in SQL with a
// constant number of statements; it must answer in under 300 ms at every scale. Timed sequentially on our server only.
import { ask } from './answers.mjs';

const QUERY = `query MaatwerkSeries($period: PeriodInput!, $granularity: MaatwerkInterval!) {
  maatwerkSeries(period: $period, granularity: $granularity) {
    buckets { periodStart periodEnd monthsLoaded maatwerk { clients costCents newClients }
      byProvision { provision clients costCents newClients }
      algemeneVoorziening { periodStart uniqueResidents costCents arrangements { active } } }
    loadedMonths { month rows fileName importedBy } } }`;

export const MAATWERK_TARGET_MS = 300;

function periods() {
  const to = new Date().toISOString().slice(0, 10);
  const year = Number(to.slice(0, 4));
  return [
    { name: 'per year, six years', variables: { period: { from: `${year - 5}-01-01`, to }, granularity: 'YEAR' } },
    { name: 'per quarter, three years', variables: { period: { from: `${year - 2}-01-01`, to }, granularity: 'QUARTER' } },
  ];
}

/** The analyst's headers: a sign-in of the demo's analyst on the same server. */
async function analystOf(ours) {
  const login = await ask(ours, {
    query: 'mutation { login(input: { email: "analist@gemeente.example", password: "regiekamer-demo" }) { token } }',
  });
  const token = login.json?.data?.login?.token;
  if (!token) throw new Error(`maatwerk: login as the analyst failed: ${login.text.slice(0, 300)}`);
  return { ...ours, name: `${ours.name} (analyst)`, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } };
}

async function timed(server, request, counter, count) {
  const first = await ask(server, request);
  if (first.status !== 200 || first.json.errors) throw new Error(`maatwerk: ${first.text.slice(0, 300)}`);
  const times = [];
  await counter.reset();
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const answer = await ask(server, request);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (answer.text !== first.text) throw new Error('maatwerk: answers differ between identical requests');
  }
  const statements = (await counter.total()) / count;
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
    statementsPerRequest: statements,
  };
}

/** Median, p95 and statements per request, per role and period. */
export async function maatwerkProbe(ours, counter, count = 20) {
  const analyst = await analystOf(ours);
  const results = [];
  for (const [role, server] of [
    ['regisseur', ours],
    ['analyst', analyst],
  ]) {
    for (const p of periods()) {
      results.push({ role, name: p.name, ...(await timed(server, { query: QUERY, variables: p.variables }, counter, count)) });
    }
  }
  return results;
}
