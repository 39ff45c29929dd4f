// The benchmark proper: for each scale, seed, start both servers, verify every answer pair, count statements,
// then load each query in turns (ours, peer, ours, peer …) so that drift on the machine hits both alike.
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { fixtures, repoRoot, seed, startCluster, statementCounter } from './cluster.mjs';
import { signIn, startLimit, startOurs, startPeer } from './servers.mjs';
import { cleanupOnExit } from './lifecycle.mjs';
import { selectQueries } from './queries.mjs';
import { ask, verifyPair } from './answers.mjs';
import { inTurns, loadRun, measuredRun, sequentialStatements, summariseRuns } from './load.mjs';
import { overviewProbe } from './overview.mjs';
import { transformationLines, transformationProbe } from './transformation.mjs';
import { maatwerkProbe, MAATWERK_TARGET_MS } from './maatwerk.mjs';
import { outcomesLines, outcomesProbe } from './outcomes.mjs';
import { PUBLIC_P95_TARGET_MS, publicPagesProbe, SIGNED_IN_P99_TARGET_MS } from './public-pages.mjs';
import { SEARCH_TARGET_MS, searchProbe } from './search.mjs';
import { surveyLine, surveyProbe } from './survey.mjs';
import { resultsDir, summaryLines, writeResults } from './report.mjs';
import { prepareWrites, writesProbe } from './writes.mjs';

const USAGE = `usage: npm run bench -- [--quick] [--scales 1,10,100] [--queries Q1,Q3] [--runs 3] [--duration 20] [--warmup 5]
                            [--connections 10,64] [--pool 10] [--sequential 50]
  --quick        1x only, 1 s warm-up, 1 run of 3 s per concurrency (writes: 2 s; what CI runs; under 4 minutes)
  --scales       data scales to run, ascending (the database grows from one to the next)
  --queries      query pairs to run (Q1..Q6)
  --runs         measured runs per API and concurrency; the median is reported
  --duration     seconds per measured run (approximately: runs are a fixed number of requests sized from the last rate)
  --warmup       seconds of warm-up per API and query
  --connections  concurrent connections: the first for latency, the last for saturation
  --pool         database pool size of both servers
  --sequential   sequential requests for the exact statement count
  --no-writes    leave out the write and mixed loads (writes.mjs)
  --write-duration  seconds per measured write or mixed run (default: --duration; 2 with --quick)`;

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      quick: { type: 'boolean', default: false },
      scales: { type: 'string' },
      queries: { type: 'string' },
      runs: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      pool: { type: 'string' },
      sequential: { type: 'string' },
      writes: { type: 'boolean', default: true },
      'write-duration': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const list = (text) => text.split(',').map((n) => Number(n.trim()));
  const quick = values.quick;
  const o = {
    help: values.help,
    mode: quick ? 'quick' : 'full',
    scales: list(values.scales ?? (quick ? '1' : '1,10,100')),
    queries: selectQueries(values.queries),
    runs: Number(values.runs ?? (quick ? 1 : 3)),
    seconds: Number(values.duration ?? (quick ? 3 : 20)),
    warmupSeconds: Number(values.warmup ?? (quick ? 1 : 5)),
    connections: list(values.connections ?? '10,64'),
    poolSize: Number(values.pool ?? 10),
    sequential: Number(values.sequential ?? 50),
    writes: values.writes,
    writeSeconds: Number(values['write-duration'] ?? values.duration ?? (quick ? 2 : 20)),
  };
  const positive = (n) => Number.isFinite(n) && n > 0;
  if (!o.scales.every((s) => Number.isInteger(s) && s >= 1 && s <= 1000)) throw new Error('--scales: whole numbers from 1 to 1000');
  if (o.scales.some((s, i) => i > 0 && s <= o.scales[i - 1])) throw new Error('--scales must ascend: the database grows from one scale to the next');
  if (![o.runs, o.seconds, o.warmupSeconds, o.poolSize, o.sequential, o.writeSeconds].every(positive))
    throw new Error('--runs, --duration, --warmup, --pool, --sequential: positive numbers');
  if (!o.connections.every((c) => Number.isInteger(c) && c > 0)) throw new Error('--connections: whole numbers');
  return o;
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
  if (!existsSync(path.join(repoRoot, 'api/dist/api/src/main.js'))) {
    process.stderr.write('bench: the API is not built: run `npm run build` at the repository root (or `npm run bench` there, which builds first)\n');
    return 2;
  }

  let cluster = null;
  // Ctrl-C / kill: stop the servers and the cluster (which deletes its folder) before leaving.
  const cleanup = cleanupOnExit('bench', async () => {
    await cluster?.stop();
    // Our API's data folder too: a run stopped mid-scale would leave it behind.
    if (cluster) await rm(cluster.databaseDir + '-api', { recursive: true, force: true });
  });

  const started = Date.now();
  const failures = [];
  const results = { meta: {}, scales: [], failures };
  try {
    log(`starting PostgreSQL (${o.mode}: scales ${o.scales.join(', ')}; queries ${o.queries.map((q) => q.name).join(', ')})`);
    cluster = await startCluster();
    results.meta = await describe(o, cluster.url);
    for (const scale of o.scales) {
      const seedStart = Date.now();
      await seed(cluster.url, scale);
      const fx = await fixtures(cluster.url);
      log(
        `${scale}x seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s: ${fx.counts.arrangements} arrangements, ${fx.counts.reports} reports`,
      );
      const scaleResult = await runScale(o, cluster, fx, scale, failures);
      results.scales.push(scaleResult);
      if (failures.length > 0) break;
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    await cleanup();
  }

  results.meta.finishedAt = new Date().toISOString();
  results.meta.totalSeconds = Math.round((Date.now() - started) / 1000);
  if (results.scales.length > 0) {
    await writeResults(results);
    process.stdout.write(
      `\n${summaryLines(results).join('\n')}\n\nresults: ${path.relative(process.cwd(), resultsDir) || '.'}/latest.md and latest.json (${results.meta.totalSeconds} s)\n`,
    );
  }
  if (failures.length > 0) {
    process.stderr.write(`\nbench FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

async function runScale(o, cluster, fx, scale, failures) {
  const ours = await startOurs({ databaseUrl: cluster.url, poolSize: o.poolSize, dataDir: cluster.databaseDir + '-api' });
  const peer = await startPeer({ databaseUrl: cluster.url, poolSize: o.poolSize, municipalityId: fx.municipalityId, representative: fx.representative });
  const limit = await startLimit({ databaseUrl: cluster.url, poolSize: o.poolSize });
  const counter = await statementCounter(cluster.maintenanceUrl);
  const scaleResult = { scale, counts: fx.counts, queries: [] };
  try {
    ours.writeHeaders = await signIn(ours, fx.representative.email);
    limit.headers = ours.headers;
    // Every pair first: a wrong or failing answer stops the bench before anything is timed.
    const pairs = new Map();
    for (const query of o.queries) {
      try {
        pairs.set(query.name, await verifyPair(query, ours, peer, fx));
      } catch (error) {
        failures.push(`${scale}x ${error.message}`);
      }
    }
    if (failures.length > 0) return scaleResult;
    log(`${scale}x: all ${pairs.size} answer pairs agree`);
    // The limit answers Q1–Q4 byte for byte as ours does, or it is no limit of ours.
    for (const query of o.queries.filter((q) => LIMIT_QUERIES.has(q.name))) {
      const pair = pairs.get(query.name);
      const variables = JSON.parse(pair.ours.body).variables;
      const body = JSON.stringify({ q: query.name, ...(variables.id ? { id: variables.id } : {}) });
      const answer = await ask(limit, JSON.parse(body));
      if (answer.text !== pair.ours.expect) failures.push(`${scale}x ${query.name}: the limit's answer differs from ours: ${answer.text.slice(0, 300)}`);
      else pair.limit = { body, expect: answer.text };
    }
    if (failures.length > 0) return scaleResult;
    scaleResult.overview = await overviewProbe(ours, counter);
    log(
      `${scale}x overview of a full year: median ${scaleResult.overview.medianMs.toFixed(0)} ms, p95 ${scaleResult.overview.p95Ms.toFixed(0)} ms, ${scaleResult.overview.statementsPerRequest.toFixed(1)} statements`,
    );
    scaleResult.maatwerk = await maatwerkProbe(ours, counter);
    for (const m of scaleResult.maatwerk) {
      log(
        `${scale}x maatwerk curve, ${m.role}, ${m.name}: median ${m.medianMs.toFixed(0)} ms, p95 ${m.p95Ms.toFixed(0)} ms, ` +
          `${m.statementsPerRequest.toFixed(1)} statements (target ${MAATWERK_TARGET_MS}: ${m.p95Ms < MAATWERK_TARGET_MS ? 'PASS' : 'MISS'})`,
      );
    }

    scaleResult.transformation = await transformationProbe(ours, counter);
    for (const line of transformationLines(scale, scaleResult.transformation)) log(line);
    scaleResult.outcomes = await outcomesProbe(ours, counter);
    for (const line of outcomesLines(scale, scaleResult.outcomes)) log(line);

    scaleResult.survey = await surveyProbe(ours, counter, cluster.url, fx.municipalityId, scale);
    log(surveyLine(scale, scaleResult.survey));

    scaleResult.publicPages = await publicPagesProbe(ours, Math.max(3, o.seconds));
    const pp = scaleResult.publicPages;
    if (pp.failures > 0) failures.push(`${scale}x public pages: ${pp.failures} failed requests`);
    log(
      `${scale}x public pages, ${pp.clients} anonymous clients: ${pp.rps.toFixed(0)} req/s, p50 ${pp.p50Ms.toFixed(1)} ms, ` +
        `p95 ${pp.p95Ms.toFixed(1)} ms (target ${PUBLIC_P95_TARGET_MS}: ${pp.p95Ms < PUBLIC_P95_TARGET_MS ? 'PASS' : 'MISS'}); ` +
        `signed-in cheap query meanwhile p99 ${pp.signedInP99Ms.toFixed(1)} ms over ${pp.signedInRequests} ` +
        `(target ${SIGNED_IN_P99_TARGET_MS}: ${pp.signedInP99Ms < SIGNED_IN_P99_TARGET_MS ? 'PASS' : 'MISS'})`,
    );

    for (const query of o.queries) {
      const pair = pairs.get(query.name);
      // --quick checks the limit's answers above but does not time it (CI's few minutes).
      const servers = pair.limit && o.mode !== 'quick' ? [ours, peer, limit] : [ours, peer];
      const sequential = {};
      for (const server of servers) sequential[server.name] = await sequentialStatements(server, pair[server.name], counter, o.sequential);
      // Warm-up at the first concurrency, sized from a short probe; then the rate of each run sizes the next.
      let peaksReset = false;
      const measured = await inTurns(
        servers,
        o,
        (server, connections, seconds, rate, timed) => {
          if (!timed) return loadRun(server, pair[server.name], { connections, seconds, rate });
          if (!server.alive()) throw new Error(`${server.name} is no longer running`);
          return measuredRun(server, pair[server.name], { connections, seconds, rate }, counter);
        },
        {
          beforeWarmUp: () => Promise.all(servers.map((s) => s.resetPeak())),
          afterWarmUp: async () => {
            peaksReset = (await Promise.all(servers.map((s) => s.resetPeak()))).every(Boolean);
          },
          checked: (server, run, label) => {
            if (label !== 'warm-up' && run.failures > 0) {
              failures.push(`${scale}x ${query.name} ${server.name} ${label}: ${run.failures} failed requests ${JSON.stringify(run.detail)}`);
            }
          },
        },
      );
      const load = {};
      for (const connections of o.connections) {
        load[connections] = Object.fromEntries(Object.entries(measured[connections]).map(([name, list]) => [name, { ...summariseRuns(list), runs: list }]));
      }
      const peakRss = { ours: await ours.peakRssMiB(), peer: await peer.peakRssMiB(), perQuery: peaksReset };
      if (pair.limit) peakRss.limit = await limit.peakRssMiB();
      const entry = { name: query.name, title: query.title, paginated: query.paginated, levels: query.levels, sequential, load, peakRss };
      scaleResult.queries.push(entry);
      const c = o.connections;
      log(
        `${scale}x ${query.name}: ` +
          c.map((n) => `c${n} ours ${load[n].ours.rps.toFixed(0)} vs peer ${load[n].peer.rps.toFixed(0)}${load[n].limit ? ` vs limit ${load[n].limit.rps.toFixed(0)}` : ''} req/s`).join(', ') +
          `; stmts/req ${sequential.ours.toFixed(1)} vs ${sequential.peer.toFixed(1)}`,
      );
      if (failures.length > 0) break;
    }
    // Writes after the reads: they add rows (the bench's own arrangements and their reports) that the reads above
    // must not see. The pairs are verified again first, as the new arrangements change Q5's counts.
    if (failures.length === 0 && o.writes) {
      const state = await prepareWrites(cluster.url, fx, Math.max(...o.connections));
      try {
        const fresh = new Map();
        for (const query of o.queries) fresh.set(query.name, await verifyPair(query, ours, peer, fx));
        scaleResult.writes = await writesProbe({
          ours,
          peer,
          state,
          pairs: fresh,
          counter,
          connections: o.connections,
          runs: o.runs,
          seconds: o.writeSeconds,
          warmupSeconds: o.warmupSeconds,
          log: (line) => log(`${scale}x ${line}`),
        });
        for (const f of scaleResult.writes.failures) failures.push(`${scale}x writes: ${f}`);
        const ov = scaleResult.writes.overview;
        log(
          `${scale}x overview median ${ov.withoutMs.toFixed(0)} ms alone, ${ov.withMs.toFixed(0)} ms while ${o.connections[0]} clients write ` +
            `(${ov.writesPerSecond.toFixed(0)} writes/s); ${scaleResult.writes.reportsAdded} reports added, each acknowledged once`,
        );
      } finally {
        // The next scale's reads must not count the bench's arrangements as active (see writes.mjs).
        await state.isolate().finally(() => state.end());
      }
    }
    // Last: it adds searchable texts, which the verified answers of the query pairs above must not see change.
    if (failures.length === 0) {
      scaleResult.search = await searchProbe(ours, cluster.url, fx.municipalityId, scale);
      const sr = scaleResult.search;
      log(
        `${scale}x search over ${Object.entries(sr.rows).map(([t, n]) => `${n} ${t}`).join(', ')}: median ${sr.medianMs.toFixed(1)} ms, ` +
          `p95 ${sr.p95Ms.toFixed(1)} ms over ${sr.requests} (target ${SEARCH_TARGET_MS}: ${sr.p95Ms < SEARCH_TARGET_MS ? 'PASS' : 'MISS'})`,
      );
    }
  } finally {
    await counter.end();
    await Promise.all([ours.stop(), peer.stop(), limit.stop()]);
    // Our API's data folder (generated secrets), beside the cluster's.
    await rm(cluster.databaseDir + '-api', { recursive: true, force: true });
  }
  return scaleResult;
}

async function describe(o, url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SHOW server_version').finally(() => client.end());
  const postgraphile = JSON.parse(readFileSync(new URL('./node_modules/postgraphile/package.json', import.meta.url), 'utf8')).version;
  return {
    mode: o.mode,
    scalesAsked: o.scales,
    queries: o.queries.map((q) => q.name),
    writes: o.writes,
    writeSeconds: o.writeSeconds,
    runs: o.runs,
    seconds: o.seconds,
    warmupSeconds: o.warmupSeconds,
    connections: o.connections,
    poolSize: o.poolSize,
    sequential: o.sequential,
    node: process.version,
    postgraphile,
    postgres: rows[0].server_version,
    cpus: cpus().length,
    startedAt: new Date().toISOString(),
  };
}

/** The questions the limit server answers (limit-server.mjs). */
const LIMIT_QUERIES = new Set(['Q1', 'Q2', 'Q3', 'Q4']);

function log(message) {
  process.stdout.write(`bench: ${message}\n`);
}
