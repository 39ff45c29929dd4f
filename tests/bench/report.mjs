// Turns the measurements into results/latest.json, a readable results/latest.md with the targets marked, and a
// summary line per query on the console.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OVERVIEW_TARGET_MS } from './overview.mjs';
import { SEARCH_TARGET_MS } from './search.mjs';
import { OVERVIEW_WRITES_PER_SECOND, WRITE_TARGETS } from './writes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const resultsDir = path.join(here, 'results');

/** Targets reported against (not enforced: a MISS does not fail the bench). */
export const TARGETS = {
  throughput: { queries: ['Q1', 'Q2', 'Q3', 'Q4', 'Q6'], ratio: 0.8 },
  p99: { queries: ['Q1', 'Q2', 'Q3', 'Q4', 'Q6'], ratio: 1.25 },
  scaling: { ratio: 0.9 },
  /** Our throughput as a share of the limit's (limit-server.mjs), Q1–Q4. */
  limitShare: { ratio: 0.7 },
};

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : NaN);
const mark = (ok) => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');

/**
 * @param results { meta, scales: [{ scale, counts, queries: [{ name, title, paginated, levels, sequential, peakRss, levelsRuns: { [conns]: { ours, peer } } }] }] }
 */
export function evaluate(results) {
  const rows = [];
  const byQuery = new Map();
  for (const scale of results.scales) {
    for (const q of scale.queries) {
      for (const [connections, level] of Object.entries(q.load)) {
        const row = {
          scale: scale.scale,
          query: q.name,
          connections: Number(connections),
          ours: level.ours,
          peer: level.peer,
          rpsRatio: ratio(level.ours.rps, level.peer.rps),
          p99Ratio: ratio(level.ours.p99, level.peer.p99),
          sequential: q.sequential,
          peakRss: q.peakRss,
          rssRatio: ratio(q.peakRss.ours, q.peakRss.peer),
          limit: level.limit ?? null,
          limitShare: level.limit ? ratio(level.ours.rps, level.limit.rps) : NaN,
        };
        row.targets = {
          throughput: TARGETS.throughput.queries.includes(q.name) ? row.rpsRatio >= TARGETS.throughput.ratio : null,
          p99: TARGETS.p99.queries.includes(q.name) ? row.p99Ratio <= TARGETS.p99.ratio : null,
          memory: Number.isFinite(row.rssRatio) ? row.rssRatio <= 1 : null,
          limitShare: Number.isFinite(row.limitShare) ? row.limitShare >= TARGETS.limitShare.ratio : null,
        };
        rows.push(row);
      }
      if (!byQuery.has(q.name)) byQuery.set(q.name, { name: q.name, title: q.title, paginated: q.paginated, levels: q.levels, scales: [] });
      byQuery.get(q.name).scales.push({ scale: scale.scale, sequential: q.sequential, load: q.load });
    }
  }
  // Per query across scales: statements constant in data size, and our throughput at the largest scale vs the smallest.
  const perQuery = [...byQuery.values()].map((q) => {
    const scales = q.scales.sort((a, b) => a.scale - b.scale);
    const statements = scales.map((s) => s.sequential.ours);
    const constant = scales.length > 1 ? statements.every((n) => Math.abs(n - statements[0]) < 0.01) : null;
    const first = scales[0];
    const lastScale = scales.at(-1);
    const scaling = {};
    for (const connections of Object.keys(first.load)) {
      const r = scales.length > 1 ? ratio(lastScale.load[connections]?.ours.rps, first.load[connections].ours.rps) : NaN;
      scaling[connections] = { ratio: r, ok: scales.length > 1 && q.paginated ? r >= TARGETS.scaling.ratio : null };
    }
    return { ...q, statementsOurs: statements, statementsConstant: constant, scaling, fromScale: first.scale, toScale: lastScale.scale };
  });
  return { rows, perQuery };
}

export function summaryLines(results) {
  const { rows } = evaluate(results);
  const overview = results.scales
    .filter((scale) => scale.overview)
    .map(
      (scale) =>
        `overview ${String(scale.scale).padStart(3)}x  full year: median ${fmt(scale.overview.medianMs)} ms, p95 ${fmt(scale.overview.p95Ms)} ms, ${fmt(scale.overview.statementsPerRequest, 1)} stmts/req (target < ${OVERVIEW_TARGET_MS} ms)`,
    );
  const search = results.scales
    .filter((scale) => scale.search)
    .map(
      (scale) =>
        `search   ${String(scale.scale).padStart(3)}x  ${Object.entries(scale.search.rows).map(([t, n]) => `${n} ${t}`).join(', ')}: median ${fmt(scale.search.medianMs, 1)} ms, p95 ${fmt(scale.search.p95Ms, 1)} ms (target < ${SEARCH_TARGET_MS} ms)`,
    );
  return [
    ...overview,
    ...search,
    ...rows.map(
      (r) =>
        `${r.query} ${String(r.scale).padStart(3)}x c${String(r.connections).padEnd(2)}  ` +
        `ours ${fmt(r.ours.rps).padStart(5)} req/s p50 ${fmt(r.ours.p50)} p99 ${fmt(r.ours.p99)} ms | ` +
        `peer ${fmt(r.peer.rps).padStart(5)} req/s p50 ${fmt(r.peer.p50)} p99 ${fmt(r.peer.p99)} ms | ` +
        `rps ×${fmt(r.rpsRatio, 2)} p99 ×${fmt(r.p99Ratio, 2)} | stmts/req ${fmt(r.sequential.ours, 1)} vs ${fmt(r.sequential.peer, 1)} | ` +
        `CPU ${fmt(r.ours.cpuMsPerRequest, 1)} vs ${fmt(r.peer.cpuMsPerRequest, 1)} ms/req | ` +
        `peak RSS ${fmt(r.peakRss.ours)} vs ${fmt(r.peakRss.peer)} MiB` +
        (r.limit ? ` | limit ${fmt(r.limit.rps)} req/s, ours ×${fmt(r.limitShare, 2)} of it` : ''),
    ),
    ...writeRows(results).map(
      (w) =>
        `writes ${w.kind.padEnd(6)} ${String(w.scale).padStart(3)}x c${String(w.connections).padEnd(2)}  ours ${fmt(w.ours.rps).padStart(5)} req/s p99 ${fmt(w.ours.p99)} ms | ` +
        `peer ${fmt(w.peer.rps).padStart(5)} req/s p99 ${fmt(w.peer.p99)} ms | rps ×${fmt(w.rpsRatio, 2)} p99 ×${fmt(w.p99Ratio, 2)}`,
    ),
  ];
}

/** The write and mixed loads' rows, with their targets: our throughput ≥ the peer's; in the mixed load, our p99 ≤ its. */
export function writeRows(results) {
  const rows = [];
  for (const scale of results.scales) {
    for (const kind of ['update', 'report', 'mixed']) {
      for (const [connections, level] of Object.entries(scale.writes?.[kind] ?? {})) {
        const row = {
          scale: scale.scale,
          kind,
          connections: Number(connections),
          ours: level.ours,
          peer: level.peer,
          rpsRatio: ratio(level.ours.rps, level.peer.rps),
          p99Ratio: ratio(level.ours.p99, level.peer.p99),
        };
        row.targets = {
          throughput: row.rpsRatio >= WRITE_TARGETS.throughput,
          p99: kind === 'mixed' ? row.p99Ratio <= WRITE_TARGETS.mixedP99 : null,
        };
        rows.push(row);
      }
    }
  }
  return rows;
}

const WRITE_TITLES = {
  update: 'update an arrangement (ours: `arrangementUpdate` with its version; peer: `updateArrangementByRowId`, no version check)',
  report: 'add a report (ours: `arrangementReportAdd`; peer: `createArrangementReport`)',
  mixed: 'mixed: 90% reads (Q2, Q3 as the regisseur), 10% writes (an update and a report in every 20 requests)',
};

function writeTables(results) {
  const rows = writeRows(results);
  if (rows.length === 0) return [];
  const lines = [
    '## Writes against the peer',
    '',
    'As one provider representative through both APIs, each connection on arrangements of its own; every answer checked ' +
      '(a write: no errors, no userErrors, the values sent; a read in the mixed load: byte-identical to the verified one), ' +
      'and the reports in the database equal to the adds acknowledged. PostGraphile updates by key without a version check ' +
      '(it has no conditional update): it gets the same columns written, hours and version + 1.',
    '',
    '| scale | what | conns | req/s ours | req/s peer | ratio | p50 ours | p50 peer | p99 ours | p99 peer | p99 ratio | stmts/req under load ours / peer | server CPU ms/req ours / peer | throughput ≥ peer | mixed p99 ≤ peer |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: |',
  ];
  for (const w of rows) {
    lines.push(
      `| ${w.scale}x | ${WRITE_TITLES[w.kind]} | ${w.connections} | ${fmt(w.ours.rps)} | ${fmt(w.peer.rps)} | ${fmt(w.rpsRatio, 2)} | ` +
        `${fmt(w.ours.p50, 1)} ms | ${fmt(w.peer.p50, 1)} ms | ${fmt(w.ours.p99, 1)} ms | ${fmt(w.peer.p99, 1)} ms | ${fmt(w.p99Ratio, 2)} | ` +
        `${fmt(w.ours.statementsPerRequest, 2)} / ${fmt(w.peer.statementsPerRequest, 2)} | ${fmt(w.ours.cpuMsPerRequest, 2)} / ${fmt(w.peer.cpuMsPerRequest, 2)} | ` +
        `${mark(w.targets.throughput)} | ${mark(w.targets.p99)} |`,
    );
  }
  const overviews = results.scales.filter((s) => s.writes?.overview);
  lines.push(
    '',
    `The overview of a full year while writes run (ours; 20+ sequential requests alone, then while ${results.meta.connections?.[0] ?? 10} clients ` +
      `update arrangements and add reports at a steady ${OVERVIEW_WRITES_PER_SECOND} writes a second in all; target: median with writes at most ${WRITE_TARGETS.overview}× alone):`,
    '',
    '| scale | median alone | median with writes | ratio | writes/s meanwhile | unchanged |',
    '| ---: | ---: | ---: | ---: | ---: | :---: |',
    ...overviews.map((s) => {
      const o = s.writes.overview;
      const r = ratio(o.withMs, o.withoutMs);
      return `| ${s.scale}x | ${fmt(o.withoutMs, 1)} ms | ${fmt(o.withMs, 1)} ms | ${fmt(r, 2)} | ${fmt(o.writesPerSecond)} | ${mark(r <= WRITE_TARGETS.overview)} |`;
    }),
    '',
  );
  return lines;
}

function limitTable(rows) {
  const limited = rows.filter((r) => r.limit);
  if (limited.length === 0) return [];
  return [
    '## The limit: our SQL without GraphQL',
    '',
    '`limit-server.mjs` runs per request the statements our API runs for Q1–Q4 (the same texts and names, pool and settings; ' +
      'the bearer token checked) and answers the same bytes. Our throughput as a share of it (goal ≥ 0.7):',
    '',
    '| scale | query | conns | req/s ours | req/s limit | ours ÷ limit | p99 ours | p99 limit | server CPU ms/req ours / limit | stmts/req ours / limit | ≥ 0.7 |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
    ...limited.map(
      (r) =>
        `| ${r.scale}x | ${r.query} | ${r.connections} | ${fmt(r.ours.rps)} | ${fmt(r.limit.rps)} | ${fmt(r.limitShare, 2)} | ${fmt(r.ours.p99)} ms | ${fmt(r.limit.p99)} ms | ` +
        `${fmt(r.ours.cpuMsPerRequest, 2)} / ${fmt(r.limit.cpuMsPerRequest, 2)} | ${fmt(r.sequential.ours, 2)} / ${fmt(r.sequential.limit, 2)} | ${mark(r.targets.limitShare)} |`,
    ),
    '',
  ];
}

export function markdown(results) {
  const { rows, perQuery } = evaluate(results);
  const m = results.meta;
  const lines = [
    '# Regiekamer API vs PostGraphile v5',
    '',
    `${m.finishedAt} · ${m.mode} · Node ${m.node} (both servers) · PostGraphile ${m.postgraphile} · PostgreSQL ${m.postgres} · ` +
      `${m.cpus} CPUs · pool ${m.poolSize} each · ${m.runs} run(s) of ~${m.seconds} s per API and concurrency after ${m.warmupSeconds} s warm-up, medians · ` +
      `statements per request from ${m.sequential} sequential requests`,
    '',
    'Ratios are ours ÷ peer. Throughput and latency from autocannon; statements from pg_stat_statements (BEGIN, SET and COMMIT included); ' +
      'server CPU is the server process’s own user + system time per request; ' +
      'peak RSS is VmHWM of each server process during that query’s runs.',
    '',
  ];
  for (const scale of results.scales) {
    lines.push(
      `## ${scale.scale}x — ${scale.counts.arrangements} arrangements, ${scale.counts.reports} reports, ${scale.counts.providers} providers`,
      '',
      '| query | conns | req/s ours | req/s peer | ratio | p50 ours | p50 peer | p99 ours | p99 peer | p99 ratio | stmts/req ours | stmts/req peer | stmts/req under load ours / peer | server CPU ms/req ours / peer | peak RSS ours | peak RSS peer | throughput ≥ 0.8× | p99 ≤ 1.25× | memory ≤ peer |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: | :---: |',
    );
    for (const r of rows.filter((x) => x.scale === scale.scale)) {
      lines.push(
        `| ${r.query} | ${r.connections} | ${fmt(r.ours.rps)} | ${fmt(r.peer.rps)} | ${fmt(r.rpsRatio, 2)} | ${fmt(r.ours.p50)} ms | ${fmt(r.peer.p50)} ms | ` +
          `${fmt(r.ours.p99)} ms | ${fmt(r.peer.p99)} ms | ${fmt(r.p99Ratio, 2)} | ${fmt(r.sequential.ours, 2)} | ${fmt(r.sequential.peer, 2)} | ` +
          `${fmt(r.ours.statementsPerRequest, 2)} / ${fmt(r.peer.statementsPerRequest, 2)} | ${fmt(r.ours.cpuMsPerRequest, 2)} / ${fmt(r.peer.cpuMsPerRequest, 2)} | ${fmt(r.peakRss.ours)} MiB | ${fmt(r.peakRss.peer)} MiB | ` +
          `${mark(r.targets.throughput)} | ${mark(r.targets.p99)} | ${mark(r.targets.memory)} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Across scales',
    '',
    '| query | what | data levels | stmts/req ours per scale | constant in data size | our req/s largest ÷ smallest scale (c10 / c64) | ≥ 0.9× (paginated) |',
    '| --- | --- | ---: | --- | :---: | --- | :---: |',
  );
  for (const q of perQuery) {
    const scaling = Object.entries(q.scaling);
    lines.push(
      `| ${q.name} | ${q.title} | ${q.levels} | ${q.statementsOurs.map((n) => fmt(n, 2)).join(' → ')} | ${mark(q.statementsConstant)} | ` +
        `${q.fromScale}x→${q.toScale}x: ${scaling.map(([, s]) => fmt(s.ratio, 2)).join(' / ')} | ` +
        `${scaling.map(([, s]) => mark(s.ok)).join(' / ')} |`,
    );
  }
  lines.push(
    '',
    'Targets: statements per request constant in data size (Q1–Q6); our throughput ≥ 0.8× and p99 ≤ 1.25× the peer’s on Q1–Q4 and Q6 at every scale; ' +
      'our throughput at 100x ≥ 0.9× ours at 1x on paginated queries (here: largest measured scale vs smallest); our peak memory ≤ the peer’s. ' +
      '"data levels" is the number of batched fetches the question needs (root plus one per nested relation or count); ' +
      'each API adds its transaction statements (BEGIN, settings, COMMIT) on top.',
    '',
  );
  lines.push(...limitTable(rows), ...writeTables(results));
  const probes = results.scales.filter((scale) => scale.overview);
  if (probes.length > 0) {
    lines.push(
      `## The overview of a full year (ours only; target under ${OVERVIEW_TARGET_MS} ms, constant statements)`,
      '',
      '| scale | arrangements | period | median | p95 | statements/request | under target |',
      '| ---: | ---: | --- | ---: | ---: | ---: | :---: |',
      ...probes.map(
        (scale) =>
          `| ${scale.scale}x | ${scale.counts.arrangements} | ${scale.overview.period.from} – ${scale.overview.period.to} | ${fmt(scale.overview.medianMs)} ms | ` +
          `${fmt(scale.overview.p95Ms)} ms | ${fmt(scale.overview.statementsPerRequest, 1)} | ${mark(scale.overview.p95Ms < OVERVIEW_TARGET_MS)} |`,
      ),
      '',
    );
  }
  const searches = results.scales.filter((scale) => scale.search);
  if (searches.length > 0) {
    lines.push(
      `## Full-text search (ours only; target p95 under ${SEARCH_TARGET_MS} ms)`,
      '',
      '| scale | proposals | decisions | opgaven | meetings | median | p95 | under target |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
      ...searches.map(
        (scale) =>
          `| ${scale.scale}x | ${scale.search.rows.proposal} | ${scale.search.rows.decision} | ${scale.search.rows.opgave} | ${scale.search.rows.overleg} | ` +
          `${fmt(scale.search.medianMs, 1)} ms | ${fmt(scale.search.p95Ms, 1)} ms | ${mark(scale.search.p95Ms < SEARCH_TARGET_MS)} |`,
      ),
      '',
    );
  }
  if (results.failures.length > 0) {
    lines.push('## Failures', '', ...results.failures.map((f) => `- ${f}`), '');
  }
  return lines.join('\n');
}

export async function writeResults(results) {
  await mkdir(resultsDir, { recursive: true });
  const evaluated = evaluate(results);
  await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify({ ...results, evaluated }, null, 2)}\n`);
  await writeFile(path.join(resultsDir, 'latest.md'), markdown(results));
}
