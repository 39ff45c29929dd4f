// Writes against the peer: a representative updates an arrangement and adds a report, through our API and through
// PostGraphile's generated mutations, on the same database with the same triggers and row security; then a mixed load
// of 90% reads (Q2 and Q3, as the regisseur) and 10% writes; and the overview's latency with and without writes.
//
// Both APIs write as the same representative (ours by their token, the peer by their settings, see peer-server.mjs).
// Every connection has arrangements of its own (per API): an update with a version check from 64 clients on one row
// would only measure conflicts. Our update sends the version it last read and must get the next one back; the peer's
// `updateArrangementByRowId` has no version check (PostGraphile updates by key only and has no conditional update),
// so it gets the same columns written (hours and version + 1) without the check. Reports are of single days going
// forward from 1950, each connection on its own arrangement, so no two overlap (the database refuses overlapping
// periods). Every write's answer must be a success (no errors, no userErrors, the values sent), and afterwards the
// reports in the database must number exactly the acknowledged adds; any failure fails the bench.
//
// The reads stay correct under writes because the bench's arrangements are new rows of the highest ids, which none of
// Q1–Q4 and Q6 show (the first 20 by id, the first 5 of each provider, arrangement 42); every read answer under the
// mixed load must be byte-identical to the one verified before, and the pairs are asked again afterwards.
//
// Afterwards they are ended on the day after their last report (`isolate`), so that the next scale's reads (the
// overview's active arrangements above all) do not count them: their history lies in the 1950s, outside every period
// the bench asks about. The next scale's writes reopen them. Reports are append-only, so they are ended, not removed.
import pg from 'pg';
import { ask } from './answers.mjs';
import { drive } from './driver.mjs';
import { encodeGlobalId } from './normalise.mjs';
import { inTurns, median, summariseRuns } from './load.mjs';
import { overviewRequest } from './overview.mjs';

/** Targets reported against (not enforced). */
export const WRITE_TARGETS = { throughput: 1.0, mixedP99: 1.0, overview: 1.2 };
/**
 * The write load beside the overview: steady, not saturating. A municipality's representatives write a few times a
 * minute each; 25 writes a second is far beyond that, yet leaves the two cores to the overview, so that what is
 * measured is whether writes get in its way (locks, the summaries' upkeep), not whether a saturated CPU slows it.
 */
export const OVERVIEW_WRITES_PER_SECOND = 25;
const FIRST_DAY = Date.UTC(1950, 0, 1);
const day = (n) => new Date(FIRST_DAY + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Creates (once per database) the bench's arrangements of the representative's provider, `perApi` per kind and API,
 * and reads their versions and the last reported day. As the owner: fixtures, not the thing measured.
 */
export async function prepareWrites(url, fx, perApi) {
  const client = new pg.Client({ connectionString: url });
  // The cluster may go away under it at Ctrl-C; a failed statement then fails the run instead of the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(
      `INSERT INTO arrangement (municipality_id, provider_id, client_key, status, form, product_category, requested_on, starts_on,
         hours_per_week, planned_cost_cents)
       SELECT $1, $2, k, 'ACTIVE', 'INDIVIDUAL', 'BEGELEIDING', DATE '1950-01-01', DATE '1950-01-01', 4, 100000
         FROM unnest($3::text[]) AS k WHERE NOT EXISTS (SELECT 1 FROM arrangement a WHERE a.client_key = k AND a.provider_id = $2)
        ORDER BY k`,
      [fx.municipalityId, fx.representative.providerId, ['ours', 'peer'].flatMap((api) => ['U', 'R'].flatMap((kind) => keys(api, kind, perApi)))],
    );
    // Ended after an earlier scale's writes (see isolate): open again for this scale's.
    await client.query(
      `UPDATE arrangement SET status = 'ACTIVE', ended_on = NULL, end_reason = NULL
        WHERE provider_id = $1 AND client_key LIKE 'BENCH-%' AND status <> 'ACTIVE'`,
      [fx.representative.providerId],
    );
    const { rows } = await client.query(
      `SELECT a.id::int, a.client_key AS key, a.version, a.hours_per_week::float AS hours,
              (SELECT max(r.period_end) - DATE '1950-01-01' FROM arrangement_report r WHERE r.arrangement_id = a.id) AS "lastDay"
         FROM arrangement a WHERE a.provider_id = $1 AND a.client_key LIKE 'BENCH-%'`,
      [fx.representative.providerId],
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const sets = {};
    for (const api of ['ours', 'peer']) {
      sets[api] = {
        update: keys(api, 'U', perApi).map((k) => ({ id: byKey.get(k).id, version: byKey.get(k).version, hours: byKey.get(k).hours })),
        report: keys(api, 'R', perApi).map((k) => ({ id: byKey.get(k).id, nextDay: (byKey.get(k).lastDay ?? -1) + 1 })),
      };
    }
    // `acknowledged`: reports whose add was answered as a success, by either API (see the report writer's check).
    const ids = rows.map((r) => r.id);
    return { sets, acknowledged: 0, reportCount: () => reportCount(client, ids), isolate: () => isolate(client, ids), end: () => client.end() };
  } catch (error) {
    await client.end();
    throw error;
  }
}

const keys = (api, kind, n) => Array.from({ length: n }, (_, i) => `BENCH-${api}-${kind}-${i}`);

/** Ends the bench's arrangements the day after their last report (their start without one): active in no later period. */
async function isolate(client, ids) {
  await client.query(
    `UPDATE arrangement a SET status = 'ENDED', end_reason = 'OTHER',
            ended_on = COALESCE((SELECT max(r.period_end) + 1 FROM arrangement_report r WHERE r.arrangement_id = a.id), a.starts_on)
      WHERE a.id = ANY($1)`,
    [ids],
  );
}

async function reportCount(client, ids) {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM arrangement_report WHERE arrangement_id = ANY($1)`, [ids]);
  return rows[0].n;
}

const graphqlProblem = (status, json) => (status !== 200 ? `HTTP ${status}` : json.errors ? `errors ${JSON.stringify(json.errors).slice(0, 300)}` : null);

/** The requests of one kind of write for one API: each client writes to its own arrangement. */
function writer(server, state, kind) {
  const set = state.sets[server.name];
  const headers = server.writeHeaders;
  if (kind === 'update') {
    return (clientIndex) => {
      const a = set.update[clientIndex];
      const hours = a.hours === 4 ? 5 : 4; // alternates, so that every write changes the row
      const body =
        server.name === 'ours'
          ? JSON.stringify({
              query:
                'mutation U($id: ID!, $version: Int!, $input: ArrangementUpdateInput!) { arrangementUpdate(id: $id, version: $version, input: $input) { arrangement { id version hoursPerWeek } userErrors { code message } } }',
              variables: { id: encodeGlobalId('Arrangement', a.id), version: a.version, input: { hoursPerWeek: hours } },
            })
          : JSON.stringify({
              query:
                'mutation U($id: BigInt!, $patch: ArrangementPatch!) { updateArrangementByRowId(input: { rowId: $id, arrangementPatch: $patch }) { arrangement { rowId version hoursPerWeek } } }',
              variables: { id: String(a.id), patch: { hoursPerWeek: String(hours), version: a.version + 1 } },
            });
      return {
        headers,
        body,
        kind: 'update',
        check: (status, text) => {
          const json = JSON.parse(text);
          const problem = graphqlProblem(status, json);
          if (problem) return problem;
          const payload = server.name === 'ours' ? json.data.arrangementUpdate : json.data.updateArrangementByRowId;
          if (payload.userErrors?.length > 0) return `userErrors ${JSON.stringify(payload.userErrors)}`;
          const row = payload.arrangement;
          if (Number(row?.hoursPerWeek) !== hours || row.version !== a.version + 1) return `update not applied: ${text.slice(0, 300)}`;
          a.version = row.version;
          a.hours = hours;
          return null;
        },
      };
    };
  }
  return (clientIndex) => {
    const a = set.report[clientIndex];
    const period = day(a.nextDay);
    a.nextDay += 1; // taken whether or not it succeeds: a failure fails the bench anyway
    const body =
      server.name === 'ours'
        ? JSON.stringify({
            query:
              'mutation R($id: ID!, $input: ArrangementReportInput!) { arrangementReportAdd(arrangementId: $id, input: $input) { report { id periodStart } userErrors { code message } } }',
            variables: { id: encodeGlobalId('Arrangement', a.id), input: { periodStart: period, periodEnd: period, hoursDelivered: 1, costCents: 100 } },
          })
        : JSON.stringify({
            query:
              'mutation R($report: ArrangementReportInput!) { createArrangementReport(input: { arrangementReport: $report }) { arrangementReport { rowId periodStart } } }',
            variables: {
              report: {
                municipalityId: String(server.write.municipalityId),
                arrangementId: String(a.id),
                providerId: String(server.write.providerId),
                periodStart: period,
                periodEnd: period,
                hoursDelivered: '1',
                costCents: '100',
                createdByUserId: String(server.write.userId),
              },
            },
          });
    return {
      headers,
      body,
      kind: 'report',
      check: (status, text) => {
        const json = JSON.parse(text);
        const problem = graphqlProblem(status, json);
        if (problem) return problem;
        const payload = server.name === 'ours' ? json.data.arrangementReportAdd : json.data.createArrangementReport;
        if (payload.userErrors?.length > 0) return `userErrors ${JSON.stringify(payload.userErrors)}`;
        const report = payload.report ?? payload.arrangementReport;
        if (!report || report.periodStart !== period) return `report not added: ${text.slice(0, 300)}`;
        state.acknowledged += 1;
        return null;
      },
    };
  };
}

/** The reads of the mixed load, in turns. */
const READ_NAMES = ['Q2', 'Q3'];

/** 18 reads (Q2 and Q3 in turns, as the regisseur) and 2 writes (an update and a report) in every 20 requests. */
function mixer(server, state, reads) {
  const update = writer(server, state, 'update');
  const report = writer(server, state, 'report');
  const counters = new Map();
  return (clientIndex) => {
    // Per client, so that each client's sequence is the same 90/10 mix whatever the others do.
    const n = counters.get(clientIndex) ?? 0;
    counters.set(clientIndex, n + 1);
    const slot = n % 20;
    if (slot === 9) return update(clientIndex);
    if (slot === 19) return report(clientIndex);
    const read = reads[slot % 2];
    return { headers: server.headers, body: read.body, kind: READ_NAMES[slot % 2], check: (status, text) => (text === read.expect ? null : `read answer differs (HTTP ${status}): ${text.slice(0, 200)}`) };
  };
}

async function timed(server, next, connections, seconds, rate, counter) {
  const amount = Math.max(connections * 3, Math.round(rate * seconds));
  await counter?.reset();
  const cpuBefore = await server.cpuSeconds();
  const run = await drive({ url: server.url, connections, amount, next }).run;
  const cpu = (await server.cpuSeconds()) - cpuBefore;
  const statements = counter ? await counter.total() : NaN;
  return {
    ...run,
    statementsPerRequest: run.completed > 0 ? statements / run.completed : NaN,
    cpuMsPerRequest: run.completed > 0 ? (cpu * 1000) / run.completed : NaN,
  };
}

/**
 * Runs the write and mixed loads on both servers in turns, then the overview probe; returns
 * { update, report, mixed: { [connections]: { ours, peer } }, overview: { withoutMs, withMs }, failures }.
 */
export async function writesProbe({ ours, peer, state, pairs, counter, connections, runs, seconds, warmupSeconds, log }) {
  const failures = [];
  const servers = [ours, peer];
  const before = await state.reportCount();
  const acknowledgedBefore = state.acknowledged;
  const reads = READ_NAMES.map((name) => pairs.get(name));
  const kinds = {
    update: (s) => writer(s, state, 'update'),
    report: (s) => writer(s, state, 'report'),
    mixed: reads.every(Boolean) ? (s) => mixer(s, state, reads.map((pair) => pair[s.name])) : null,
  };
  const result = {};
  for (const [kind, make] of Object.entries(kinds)) {
    if (!make) continue;
    const measured = await inTurns(
      servers,
      { connections, runs, warmupSeconds, seconds },
      (server, c, time, rate, counted) => timed(server, make(server), c, time, rate, counted ? counter : null),
      {
        checked: (server, run, label) => {
          if (run.failures > 0) failures.push(`${kind} ${server.name} ${label}: ${run.failures} failed: ${run.problems.join(' | ')}`);
        },
      },
    );
    result[kind] = {};
    for (const c of connections) {
      result[kind][c] = Object.fromEntries(Object.entries(measured[c]).map(([name, l]) => [name, summarise(l)]));
      log(`writes ${kind} c${c}: ours ${result[kind][c].ours.rps.toFixed(0)} req/s p99 ${result[kind][c].ours.p99.toFixed(1)} ms vs peer ${result[kind][c].peer.rps.toFixed(0)} req/s p99 ${result[kind][c].peer.p99.toFixed(1)} ms`);
      if (kind === 'mixed') {
        const tails = Object.keys(result[kind][c].ours.kinds).map(
          // A kind missing from a side: none of it was answered in that side's runs (a run ends after a set number of requests).
          (k) => `${k} ${result[kind][c].ours.kinds[k].p99.toFixed(0)} vs ${result[kind][c].peer.kinds[k]?.p99.toFixed(0) ?? '–'}`,
        );
        log(`writes mixed c${c}: p99 ms by request, ours vs peer: ${tails.join(', ')}`);
      }
    }
  }
  // The reads the writes must not have changed.
  for (const [name, pair] of pairs) {
    for (const server of servers) {
      const answer = await ask(server, JSON.parse(pair[server.name].body));
      if (answer.text !== pair[server.name].expect) failures.push(`${name} ${server.name}: the answer changed during the writes`);
    }
  }
  result.overview = await overviewUnderWrites(ours, state, connections[0], Math.max(2, seconds));
  if (result.overview.failures > 0) failures.push(`overview under writes: ${result.overview.failures} failed writes: ${result.overview.problems.join(' | ')}`);
  // Every acknowledged report is in the database, once; nothing else was added.
  const added = (await state.reportCount()) - before;
  const acknowledged = state.acknowledged - acknowledgedBefore;
  if (added !== acknowledged) failures.push(`reports: ${acknowledged} acknowledged, ${added} in the database`);
  result.reportsAdded = added;
  result.failures = failures;
  return result;
}

function summarise(list) {
  // Per kind of request, the median over the runs, as for the whole.
  const names = [...new Set(list.flatMap((run) => Object.keys(run.kinds ?? {})))];
  const kinds = Object.fromEntries(
    names.map((k) => [k, { p50: median(list.map((run) => run.kinds?.[k]?.p50)), p99: median(list.map((run) => run.kinds?.[k]?.p99)) }]),
  );
  return { ...summariseRuns(list), kinds, runs: list.map(({ problems, kinds: _kinds, ...rest }) => rest) };
}

/** The overview's median, 20+ sequential requests, first alone and then while `connections` clients write through our API at a steady rate. */
async function overviewUnderWrites(ours, state, connections, seconds) {
  const request = overviewRequest();
  const sample = async () => {
    const times = [];
    const deadline = Date.now() + seconds * 1000;
    while (times.length < 20 || (Date.now() < deadline && times.length < 200)) {
      const started = process.hrtime.bigint();
      const answer = await ask(ours, request);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (answer.status !== 200 || answer.json.errors) throw new Error(`overview: ${answer.text.slice(0, 300)}`);
    }
    return times;
  };
  await sample(); // warm
  const without = await sample();
  const updates = writer(ours, state, 'update');
  const reports = writer(ours, state, 'report');
  const load = drive({ url: ours.url, connections, perSecond: OVERVIEW_WRITES_PER_SECOND, next: (i, n) => (n % 2 ? updates(i) : reports(i)) });
  let withWrites;
  try {
    withWrites = await sample();
  } finally {
    load.stop();
  }
  const writes = await load.run;
  return {
    withoutMs: median(without),
    withMs: median(withWrites),
    samples: { without: without.length, with: withWrites.length },
    writesPerSecond: writes.rps,
    failures: writes.failures,
    problems: writes.problems,
  };
}
