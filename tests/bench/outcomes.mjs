// The outcome indicators of the Transformatie page (#22) for the last year: aggregated in SQL, they must answer in
// under 300 ms at 10x the demo with a constant number of statements, for the regisseur (exact) and the analyst
// (protected). Timed sequentially on our server only; also times the regisseur's attention list, which computes the
// outcome figures of every provider over the last twelve months against the thresholds.
import { ask } from './answers.mjs';

const FIGURES = `ended goalAttainment { achieved partly notAchieved } achievedShare notAchievedShare endReasons { reason count }
  earlyEndings earlyEndingRate reRequestWindowsClosed reRequests reRequestRate reRequestWindowsOpen started medianWaitingDays
  medianWaitingOverNormDays medianDurationDays medianDurationOverNormDays suppressed`;
const QUERY = `query Outcomes($period: PeriodInput!) { transformationOutcomes(period: $period) { waitingNormDays
  durationNorms { productCategory normDays } total { ${FIGURES} }
  byProvider { provider { name } figures { ${FIGURES} } byProductCategory { productCategory figures { ${FIGURES} } } }
  byProductCategory { productCategory figures { ${FIGURES} } } } }`;
const ATTENTION = '{ attention { kind reason title count figure threshold } }';

export const OUTCOMES_TARGET_MS = 300;

/** Twelve months up to today (the seed data are dated relative to today). */
function lastYear() {
  const to = new Date();
  const from = new Date(Date.UTC(to.getUTCFullYear() - 1, to.getUTCMonth(), to.getUTCDate() + 1));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

async function timed(server, request, counter, count, name) {
  const first = await ask(server, request);
  if (first.status !== 200 || first.json.errors) throw new Error(`${name}: ${first.text.slice(0, 300)}`);
  const times = [];
  await counter.reset();
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const answer = await ask(server, request);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (answer.text !== first.text) throw new Error(`${name}: answers differ between identical requests`);
  }
  const statements = (await counter.total()) / count;
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
    statementsPerRequest: statements,
    answer: first.json.data,
  };
}

/** Signs in as the demo's analyst on the same server: the same URL with the analyst's token. */
async function asAnalyst(ours) {
  const login = await fetch(ours.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(input: { email: "analist@gemeente.example", password: "regiekamer-demo" }) { token userErrors { code } } }',
    }),
  }).then((r) => r.json());
  const token = login?.data?.login?.token;
  if (!token) throw new Error(`login as the analyst failed: ${JSON.stringify(login)}`);
  return { ...ours, name: 'ours-analyst', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } };
}

export async function outcomesProbe(ours, counter, count = 20) {
  const request = { query: QUERY, variables: { period: lastYear() } };
  const regisseur = await timed(ours, request, counter, count, 'outcomes (regisseur)');
  const analyst = await timed(await asAnalyst(ours), request, counter, count, 'outcomes (analyst)');
  const attention = await timed(ours, { query: ATTENTION }, counter, count, 'attention (regisseur)');
  const crossed = attention.answer.attention.filter((i) => i.kind === 'OUTCOME_THRESHOLD_CROSSED');
  delete regisseur.answer;
  delete analyst.answer;
  delete attention.answer;
  return { period: request.variables.period, regisseur, analyst, attention, thresholdsCrossed: crossed.map((i) => `${i.title}: ${i.reason}`) };
}

/** One line per role for the bench's log. */
export function outcomesLines(scale, r) {
  const line = (who, m) =>
    `${scale}x outcomes (${who}): median ${m.medianMs.toFixed(0)} ms, p95 ${m.p95Ms.toFixed(0)} ms, ${m.statementsPerRequest.toFixed(1)} statements ` +
    `(target ${OUTCOMES_TARGET_MS}: ${m.p95Ms < OUTCOMES_TARGET_MS ? 'PASS' : 'MISS'})`;
  return [line('regisseur', r.regisseur), line('analyst', r.analyst), line('attention list', r.attention), `${scale}x thresholds crossed: ${r.thresholdsCrossed.join('; ') || 'none'}`];
}
