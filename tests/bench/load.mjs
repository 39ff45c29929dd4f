// Load runs with autocannon, and statement counts from pg_stat_statements.
import autocannon from 'autocannon';
import { ask } from './answers.mjs';

/**
 * One autocannon run of a fixed number of requests (`amount`), sized from the last known rate to take about
 * `seconds`. A fixed amount rather than a fixed duration: autocannon then ends only when every request has been
 * answered, so no request is cut off mid-flight (which would leave half-counted statements, and, as measured,
 * can crash a server whose clean-up races with the disconnect). Throughput is requests over the time from the
 * start to the last answer.
 * Every answer must be byte-identical to the verified one (expectBody); anything else (a GraphQL error, another
 * page, a 5xx) counts as a failure, which fails the bench.
 */
export async function loadRun(server, pair, { connections, seconds, rate }) {
  const amount = Math.max(connections * 3, Math.round(rate * seconds));
  const started = process.hrtime.bigint();
  let last = started;
  const tracker = autocannon({
    url: server.url,
    method: 'POST',
    headers: server.headers,
    body: pair.body,
    expectBody: pair.expect,
    connections,
    amount,
    sampleInt: 100,
    timeout: 30,
  });
  tracker.on('response', () => {
    last = process.hrtime.bigint();
  });
  const result = await tracker;
  const completed = result.requests.total;
  const elapsed = Number(last - started) / 1e9;
  return {
    completed,
    seconds: elapsed,
    rps: elapsed > 0 ? completed / elapsed : NaN,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx + result.mismatches,
    detail: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, mismatches: result.mismatches },
  };
}

/** A measured run with the statements PostgreSQL saw meanwhile, per completed request. */
export async function measuredRun(server, pair, options, counter) {
  await counter.reset();
  const cpuBefore = await server.cpuSeconds();
  const run = await loadRun(server, pair, options);
  const cpu = (await server.cpuSeconds()) - cpuBefore;
  const statements = await counter.total();
  const execMs = await counter.execMs();
  return {
    ...run,
    statementsPerRequest: run.completed > 0 ? statements / run.completed : NaN,
    // PostgreSQL's time executing them: what the database, rather than the server process, adds to a request.
    dbMsPerRequest: run.completed > 0 ? execMs / run.completed : NaN,
    // The server process's own CPU per request: with both servers on the same cores, the cost that decides throughput.
    cpuMsPerRequest: run.completed > 0 ? (cpu * 1000) / run.completed : NaN,
  };
}

/** Statements per request from `count` sequential requests: nothing in flight at either end, so exact. */
export async function sequentialStatements(server, pair, counter, count) {
  const request = JSON.parse(pair.body);
  await counter.reset();
  for (let i = 0; i < count; i += 1) {
    const answer = await ask(server, request);
    if (answer.text !== pair.expect) throw new Error(`${server.name}: answer ${i + 1} of ${count} differs from the verified one`);
  }
  return (await counter.total()) / count;
}

/**
 * One load on several servers in turns, so that drift on the machine hits them alike: per server a short probe and a
 * warm-up at the first concurrency (the probe's rate sizes the warm-up), then per concurrency `runs` rounds, each
 * server once per round, each run sized by the last rate of its server. `run(server, connections, seconds, rate,
 * measured)` does one run; `checked(server, run, label)` sees each (label `warm-up` or `c<n>`); `beforeWarmUp(server)`
 * and `afterWarmUp()` wrap the warm-ups. Returns { [connections]: { [server name]: [run, …] } }.
 */
export async function inTurns(servers, { connections, runs, warmupSeconds, seconds }, run, hooks = {}) {
  const { checked = () => undefined, beforeWarmUp = async () => undefined, afterWarmUp = async () => undefined } = hooks;
  const rates = {};
  for (const server of servers) {
    await beforeWarmUp(server);
    const probe = await run(server, connections[0], 0, 0, false);
    const warm = await run(server, connections[0], warmupSeconds, probe.rps, false);
    for (const r of [probe, warm]) checked(server, r, 'warm-up');
    rates[server.name] = warm.rps;
  }
  await afterWarmUp();
  const result = {};
  for (const c of connections) {
    const lists = Object.fromEntries(servers.map((s) => [s.name, []]));
    for (let i = 0; i < runs; i += 1) {
      for (const server of servers) {
        const measured = await run(server, c, seconds, rates[server.name], true);
        rates[server.name] = measured.rps;
        lists[server.name].push(measured);
        checked(server, measured, `c${c}`);
      }
    }
    result[c] = lists;
  }
  return result;
}

/** The medians of measured runs (rps, p50, p99, statements and CPU per request), as the reports show them. */
export function summariseRuns(list) {
  return {
    rps: median(list.map((r) => r.rps)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    statementsPerRequest: median(list.map((r) => r.statementsPerRequest)),
    cpuMsPerRequest: median(list.map((r) => r.cpuMsPerRequest)),
  };
}

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
