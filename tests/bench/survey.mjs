// The client experience survey's results (surveyResults) at scale, for the regisseur and an analyst: aggregated in SQL
// by one definer function, they must answer in under 300 ms at 10x with a constant number of statements. The seed's
// scale grows arrangements, not survey answers, so this probe first grows those: per scale, 300 answers a year for
// the last two years, spread over the providers and categories (deterministic). Ours only (PostGraphile has none).
// Alone: `node tests/bench/survey.mjs --scales 1,10` (after `npm run build`) seeds its own cluster and measures.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ask } from './answers.mjs';

export const SURVEY_TARGET_MS = 300;
const PER_SCALE_PER_YEAR = 300;
const QUERY = `query Survey($year: Int!) { surveyResults(year: $year) { year threshold
  total { responses hidden questions { question answered shareAgreeing hidden } }
  byProvider { provider { name } responses hidden questions { question answered shareAgreeing hidden } }
  byCategory { productCategory responses hidden questions { question answered shareAgreeing hidden } }
  suppressed { provider { name } productCategory total question reason }
  codes { provider { name } issued used responseRate } } }`;

/** Grows survey_answer to `scale` times PER_SCALE_PER_YEAR rows marked as bench rows, for last year and this year. */
async function growAnswers(url, municipalityId, scale, year) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const total = {};
    for (const y of [year - 1, year]) {
      const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM survey_answer WHERE year = $1 AND open_text = 'bench'`, [y])).rows;
      const want = PER_SCALE_PER_YEAR * scale;
      if (n < want) {
        await client.query(
          `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores, open_text)
           SELECT gen_random_uuid(), $1, p.ids[1 + (i * 7919) % array_length(p.ids, 1)],
                  (ARRAY['BEGELEIDING','DAGBESTEDING','GROEPSGERICHTE_ONDERSTEUNING','OVERIGE_ARRANGEMENTEN'])[1 + (i * 31) % 4]::product_category,
                  $2, ARRAY[1 + (i % 5), (i * 3) % 6, (i * 5) % 6, 1 + (i * 7) % 5, (i * 11) % 6, (i * 13) % 6, (i * 17) % 6, (i * 19) % 6]::smallint[], 'bench'
             FROM generate_series($3::int, $4::int) AS i, (SELECT array_agg(id ORDER BY id) AS ids FROM provider WHERE municipality_id = $1) p`,
          [municipalityId, y, n + 1, want],
        );
      }
      total[y] = (await client.query(`SELECT count(*)::int AS n FROM survey_answer WHERE year = $1`, [y])).rows[0].n;
    }
    await client.query('ANALYZE survey_answer');
    return total;
  } finally {
    await client.end();
  }
}

async function headersOf(server, email) {
  const login = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "regiekamer-demo" }) { token } }` }),
  }).then((r) => r.json());
  const token = login?.data?.login?.token;
  if (!token) throw new Error(`survey: login as ${email} failed`);
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

async function timed(server, headers, counter, count, year) {
  const who = { ...server, headers };
  const request = { query: QUERY, variables: { year } };
  const first = await ask(who, request);
  if (first.status !== 200 || first.json.errors) throw new Error(`survey: ${first.text.slice(0, 300)}`);
  const times = [];
  await counter.reset();
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const answer = await ask(who, request);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (answer.text !== first.text) throw new Error('survey: answers differ between identical requests');
  }
  const statements = (await counter.total()) / count;
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
    statementsPerRequest: statements,
  };
}

/** Times last year's results for the regisseur (with the code counts) and an analyst. */
export async function surveyProbe(ours, counter, url, municipalityId, scale, count = 20) {
  const year = new Date().getUTCFullYear();
  const answers = await growAnswers(url, municipalityId, scale, year);
  const regisseur = await timed(ours, ours.headers, counter, count, year - 1);
  const analyst = await timed(ours, await headersOf(ours, 'analist@gemeente.example'), counter, count, year - 1);
  return { year: year - 1, answers: answers[year - 1], regisseur, analyst };
}

export const surveyLine = (scale, s) =>
  `${scale}x survey results of ${s.year} over ${s.answers} answers: regisseur median ${s.regisseur.medianMs.toFixed(1)} ms, p95 ${s.regisseur.p95Ms.toFixed(1)} ms, ` +
  `${s.regisseur.statementsPerRequest.toFixed(1)} statements; analyst median ${s.analyst.medianMs.toFixed(1)} ms, p95 ${s.analyst.p95Ms.toFixed(1)} ms, ` +
  `${s.analyst.statementsPerRequest.toFixed(1)} statements (target < ${SURVEY_TARGET_MS} ms: ${Math.max(s.regisseur.p95Ms, s.analyst.p95Ms) < SURVEY_TARGET_MS ? 'PASS' : 'MISS'})`;

/** The probe alone: its own cluster, seeded and grown scale by scale, and our server only. */
async function alone(argv) {
  const { values } = parseArgs({ args: argv, options: { scales: { type: 'string', default: '1,10' } } });
  const { fixtures, seed, startCluster, statementCounter } = await import('./cluster.mjs');
  const { startOurs, stopChild, children } = await import('./servers.mjs');
  const cluster = await startCluster();
  try {
    for (const scale of values.scales.split(',').map(Number)) {
      await seed(cluster.url, scale);
      const fx = await fixtures(cluster.url);
      const ours = await startOurs({ databaseUrl: cluster.url, poolSize: 10, dataDir: `${cluster.databaseDir}-api` });
      const counter = await statementCounter(cluster.maintenanceUrl);
      try {
        process.stdout.write(`${surveyLine(scale, await surveyProbe(ours, counter, cluster.url, fx.municipalityId, scale))}\n`);
      } finally {
        await counter.end();
        await Promise.all([...children].map((child) => stopChild(child)));
      }
    }
  } finally {
    await cluster.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  alone(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}
