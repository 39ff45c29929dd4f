// The regisseur's overview for a full year: aggregated in SQL, it must answer in under 300 ms at every scale with a
// constant number of statements. Timed sequentially on our server only (PostGraphile has no such query).
import { ask } from './answers.mjs';

const QUERY = `query Overview($period: PeriodInput!) { overview(period: $period) {
  arrangements { active new ended } uniqueResidents costCents budgetCents hoursDelivered averageWaitingDays
  waitingNow { count medianDaysWaited longestDaysWaited } allocationCents
  goalAttainment { achieved partly notAchieved }
  byProvider { provider { name } arrangements { active } costCents allocationCents allocationUsedRatio waitingNow { count } }
  byProductCategory { productCategory arrangements { active } costCents }
  series(interval: MONTH) { periodStart arrangements { active } costCents } } }`;

export const OVERVIEW_TARGET_MS = 300;

/** Twelve months up to today (the seed data are dated relative to today). */
function lastYear() {
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate() + 1));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The overview request the probes time. */
export const overviewRequest = () => ({ query: QUERY, variables: { period: lastYear() } });

export async function overviewProbe(ours, counter, count = 20) {
  const request = overviewRequest();
  const first = await ask(ours, request);
  if (first.status !== 200 || first.json.errors) throw new Error(`overview: ${first.text.slice(0, 300)}`);
  const times = [];
  await counter.reset();
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const answer = await ask(ours, request);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (answer.text !== first.text) throw new Error('overview: answers differ between identical requests');
  }
  const statements = (await counter.total()) / count;
  const dbMsPerRequest = (await counter.execMs()) / count;
  times.sort((a, b) => a - b);
  return {
    period: request.variables.period,
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
    statementsPerRequest: statements,
    dbMsPerRequest,
  };
}
