// `npm run bench -- --national [options]`: one municipality's overview and Q1–Q6 in the national database (every
// municipality, `npm run seed -- --municipalities N`) against a database holding that municipality alone (the same
// seed for it), and the plans of every tenant query in the national database. Not part of CI's quick bench: the
// national seed alone takes minutes. See README.md here.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { repoRoot, seedWith, startCluster, statementCounter } from './cluster.mjs';
import { startOurs } from './servers.mjs';
import { cleanupOnExit } from './lifecycle.mjs';
import { QUERIES } from './queries.mjs';
import { ask } from './answers.mjs';
import { loadRun, measuredRun, median } from './load.mjs';
import { overviewProbe } from './overview.mjs';
import { checkPlans, planSource } from './plans.mjs';
import { resultsDir } from './report.mjs';

const USAGE = `usage: npm run bench -- --national [--municipalities 342] [--municipality 171] [--runs 3] [--duration 10]
                                   [--connections 10] [--shared-buffers 3GB] [--plans-only]
  --municipalities  municipalities in the national database
  --municipality    the one measured (default: the middle one, whose rows sit amid the others')
  --runs            measured runs per database and query, alternating; the median is reported
  --duration        seconds per measured run
  --connections     concurrent connections
  --shared-buffers  PostgreSQL's shared_buffers in both databases (default 3GB: enough to hold the national one)
  --plans-only      seed the national database and check the plans; no timing, no second database`;

const TARGET_RATIO = 1.2;

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      municipalities: { type: 'string', default: '342' },
      municipality: { type: 'string' },
      runs: { type: 'string', default: '3' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      'shared-buffers': { type: 'string', default: '3GB' },
      'plans-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.municipalities);
  const o = {
    help: values.help,
    municipalities: n,
    municipality: Number(values.municipality ?? Math.ceil(n / 2)),
    runs: Number(values.runs),
    seconds: Number(values.duration),
    connections: Number(values.connections),
    plansOnly: values['plans-only'],
    sharedBuffers: values['shared-buffers'],
  };
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new Error('--municipalities: a whole number from 1 to 999');
  if (!Number.isInteger(o.municipality) || o.municipality < 1 || o.municipality > n) throw new Error('--municipality: one of the seeded');
  if (!/^\d+(kB|MB|GB)$/.test(o.sharedBuffers)) throw new Error('--shared-buffers: a size such as 512MB or 3GB');
  if (![o.runs, o.seconds, o.connections].every((v) => Number.isFinite(v) && v > 0)) throw new Error('--runs, --duration, --connections: positive');
  return o;
}

/** The e-mail of municipality k's regisseur (seeds/national.ts nationalEmail). */
const regisseurOf = (k) => (k === 1 ? 'regisseur@gemeente.example' : `regisseur@gm${9000 + k}.gemeente.example`);

/** The ids the queries need, of municipality k (found by its CBS code). */
async function fixturesOf(url, k) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql, params) => (await client.query(sql, params)).rows[0];
    const m = await one(`SELECT id::int FROM municipality WHERE cbs_code = $1`, [`GM${9000 + k}`]);
    if (!m) throw new Error(`municipality ${k} is not in the database`);
    const arrangement = await one(`SELECT id::int FROM arrangement WHERE municipality_id = $1 ORDER BY id OFFSET 41 LIMIT 1`, [m.id]);
    const convenant = await one(`SELECT id::int FROM convenant WHERE municipality_id = $1 ORDER BY id LIMIT 1`, [m.id]);
    const counts = await one(
      `SELECT (SELECT count(*)::int FROM arrangement) AS arrangements, (SELECT count(*)::int FROM arrangement_report) AS reports,
              pg_database_size(current_database())::bigint AS bytes`,
    );
    return { municipalityId: m.id, arrangementId: arrangement.id, convenantId: convenant.id, counts };
  } finally {
    await client.end();
  }
}

/** Answers without the ids, which differ between the two databases (the rows do not). */
const withoutIds = (text) => text.replace(/"id":"[^"]*"/g, '"id":"…"');

async function prepare(label, o, args, log, onLog, dbs) {
  const cluster = await startCluster({ onLog, sharedBuffers: o.sharedBuffers });
  // Known to the cleanup before the minutes of seeding: Ctrl-C meanwhile still deletes its folder.
  const db = { label, cluster };
  dbs.push(db);
  const started = Date.now();
  await seedWith(cluster.url, args);
  const seedSeconds = (Date.now() - started) / 1000;
  const fx = await fixturesOf(cluster.url, o.municipality);
  log(`${label}: seeded in ${seedSeconds.toFixed(0)} s (${fx.counts.arrangements} arrangements, ${fx.counts.reports} reports, ${(Number(fx.counts.bytes) / 2 ** 20).toFixed(0)} MB)`);
  return Object.assign(db, { fx, seedSeconds });
}

export async function main(argv) {
  let o;
  try {
    o = options(argv);
  } catch (error) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (o.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const log = (line) => process.stdout.write(`bench:national: ${line}\n`);
  const dbs = [];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'regiekamer-national-'));
  const cleanup = cleanupOnExit('bench:national', async () => {
    for (const db of dbs) await db.cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const plans = planSource();
  const result = {
    municipalities: o.municipalities,
    municipality: o.municipality,
    connections: o.connections,
    runs: o.runs,
    seconds: o.seconds,
    sharedBuffers: o.sharedBuffers,
  };
  let failed = false;
  try {
    const national = await prepare('national', o, ['--municipalities', String(o.municipalities)], log, plans.onLog, dbs);
    result.seedSeconds = national.seedSeconds;
    result.counts = national.fx.counts;

    // The plans first, on a server of its own whose connections run auto_explain.
    const planCheck = await checkPlans({ cluster: national.cluster, plans, dataDir, email: regisseurOf(o.municipality), fx: national.fx, log });
    result.plans = planCheck;
    if (planCheck.violations.length > 0) failed = true;

    if (!o.plansOnly) {
      await prepare('alone', o, ['--municipalities', '1', '--first', String(o.municipality)], log, undefined, dbs);
      for (const db of dbs) {
        db.server = await startOurs({ databaseUrl: db.cluster.url, poolSize: 10, dataDir, email: regisseurOf(o.municipality) });
        db.counter = await statementCounter(db.cluster.maintenanceUrl);
      }
      result.overview = {};
      for (const db of dbs) {
        result.overview[db.label] = await overviewProbe(db.server, db.counter, 40);
        // Which of the overview's statements the time goes to, in each database.
        result.overview[db.label].top = await db.counter.top(5);
        for (const t of result.overview[db.label].top) log(`overview (${db.label}): ${t.ms.toFixed(2)} ms x ${t.calls}: ${t.query.slice(0, 160)}`);
      }
      log(`overview: national median ${result.overview.national.medianMs.toFixed(1)} ms p95 ${result.overview.national.p95Ms.toFixed(1)} ms; alone median ${result.overview.alone.medianMs.toFixed(1)} ms p95 ${result.overview.alone.p95Ms.toFixed(1)} ms; database per request ${result.overview.national.dbMsPerRequest.toFixed(2)} / ${result.overview.alone.dbMsPerRequest.toFixed(2)} ms`);
      result.queries = [];
      for (const query of QUERIES) {
        const pairs = [];
        for (const db of dbs) {
          const request = query.ours(db.fx);
          const answer = await ask(db.server, request);
          if (answer.status !== 200 || answer.json.errors) throw new Error(`${query.name} (${db.label}): ${answer.text.slice(0, 500)}`);
          pairs.push({ body: answer.body, expect: answer.text });
        }
        // The same municipality's rows in both: the answers may differ only in the ids.
        if (withoutIds(pairs[0].expect) !== withoutIds(pairs[1].expect)) throw new Error(`${query.name}: the two databases answer differently`);
        const runs = { national: [], alone: [] };
        const warm = await loadRun(dbs[0].server, pairs[0], { connections: o.connections, seconds: 1, rate: 200 });
        let rate = warm.rps;
        await loadRun(dbs[1].server, pairs[1], { connections: o.connections, seconds: 1, rate });
        for (let run = 0; run < o.runs; run += 1) {
          // Each database goes first in every other run: neither always meets the machine as the other left it.
          const order = run % 2 === 0 ? [0, 1] : [1, 0];
          for (const i of order) {
            const db = dbs[i];
            const r = await measuredRun(db.server, pairs[i], { connections: o.connections, seconds: o.seconds, rate }, db.counter);
            if (r.failures > 0) throw new Error(`${query.name} (${db.label}): ${r.failures} failed requests ${JSON.stringify(r.detail)}`);
            rate = r.rps;
            runs[db.label].push(r);
          }
        }
        const summary = (list) => ({
          p50: median(list.map((r) => r.p50)),
          p97_5: median(list.map((r) => r.p97_5)),
          p99: median(list.map((r) => r.p99)),
          rps: median(list.map((r) => r.rps)),
          // Where a difference comes from: the API process's CPU, or PostgreSQL's execution time, per request.
          cpuMs: median(list.map((r) => r.cpuMsPerRequest)),
          dbMs: median(list.map((r) => r.dbMsPerRequest)),
        });
        const line = { name: query.name, national: summary(runs.national), alone: summary(runs.alone) };
        line.ratioP50 = line.national.p50 / line.alone.p50;
        line.ratioP97_5 = line.national.p97_5 / line.alone.p97_5;
        result.queries.push(line);
        log(
          `${query.name}: national p50 ${line.national.p50} ms p97.5 ${line.national.p97_5} ms; alone p50 ${line.alone.p50} ms p97.5 ${line.alone.p97_5} ms; ratio ${line.ratioP50.toFixed(2)} / ${line.ratioP97_5.toFixed(2)}; ` +
            `per request API CPU ${line.national.cpuMs.toFixed(2)} / ${line.alone.cpuMs.toFixed(2)} ms, database ${line.national.dbMs.toFixed(2)} / ${line.alone.dbMs.toFixed(2)} ms`,
        );
      }
      const o1 = result.overview;
      result.overview.ratioMedian = o1.national.medianMs / o1.alone.medianMs;
      result.overview.ratioP95 = o1.national.p95Ms / o1.alone.p95Ms;
    }
    await writeReport(result);
  } catch (error) {
    process.stderr.write(`bench:national: ${error.stack ?? error.message}\n`);
    failed = true;
  } finally {
    for (const db of dbs) await db.counter?.end();
    await cleanup();
  }
  return failed ? 1 : 0;
}

async function writeReport(result) {
  const lines = [
    `# National data set: ${result.municipalities} municipalities, municipality ${result.municipality} measured`,
    '',
    `Seed: ${result.seedSeconds?.toFixed(0)} s for ${result.counts?.arrangements} arrangements and ${result.counts?.reports} reports (${(Number(result.counts?.bytes) / 2 ** 20).toFixed(0)} MB); shared_buffers ${result.sharedBuffers} in both databases.`,
    '',
    `Plans: ${result.plans.statements} distinct statements on tenant tables, ${result.plans.violations.length} without an index leading with the tenant or parent key.`,
    ...result.plans.violations.map((v) => `- ${v}`),
  ];
  if (result.queries) {
    const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');
    const ms2 = (v) => (Number.isFinite(v) ? v.toFixed(2) : '–');
    const mark = (r) => `${r.toFixed(2)}× ${r <= TARGET_RATIO ? 'PASS' : 'MISS'}`;
    lines.push(
      '',
      `${result.connections} connections, ${result.runs} runs of ${result.seconds} s per database (alternating), medians. autocannon reports p97.5, not p95.`,
      '',
      '| query | national p50 | alone p50 | ratio p50 | national p97.5 | alone p97.5 | ratio p97.5 | API CPU per request, national / alone | database per request, national / alone |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      `| overview (sequential, p95) | ${ms(result.overview.national.medianMs)} | ${ms(result.overview.alone.medianMs)} | ${mark(result.overview.ratioMedian)} | ${ms(result.overview.national.p95Ms)} | ${ms(result.overview.alone.p95Ms)} | ${mark(result.overview.ratioP95)} | | ${ms2(result.overview.national.dbMsPerRequest)} / ${ms2(result.overview.alone.dbMsPerRequest)} ms |`,
      ...result.queries.map(
        (q) =>
          `| ${q.name} | ${ms(q.national.p50)} | ${ms(q.alone.p50)} | ${mark(q.ratioP50)} | ${ms(q.national.p97_5)} | ${ms(q.alone.p97_5)} | ${mark(q.ratioP97_5)} | ` +
          `${ms2(q.national.cpuMs)} / ${ms2(q.alone.cpuMs)} ms | ${ms2(q.national.dbMs)} / ${ms2(q.alone.dbMs)} ms |`,
      ),
    );
  }
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, 'national.md'), `${lines.join('\n')}\n`);
  await writeFile(path.join(resultsDir, 'national.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

// Read once here so that a missing docs file fails before minutes of seeding.
readFileSync(path.join(repoRoot, 'docs', 'analyst-queries.md'), 'utf8');
