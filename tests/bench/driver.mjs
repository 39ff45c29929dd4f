// A closed-loop load driver for requests that change from one to the next (writes carry a version or a period of
// their own, per connection): `connections` clients on keep-alive sockets, each sending its next request when the
// last is answered, until `amount` requests are answered or `stop()` is called. Every answer is checked by the
// request's own `check`; latency is measured per request, percentiles from all of them (exact, not sampled).
// autocannon, which the read runs use, builds requests per connection but starts its context afresh on every round.
import http from 'node:http';

/**
 * @param {{ url: string, connections: number, amount?: number, perSecond?: number, next: (client: number, n: number) => { headers: object, body: string, kind?: string, check: (status: number, text: string) => string | null } }} options
 * @returns {{ run: Promise<object>, stop: () => void }}
 */
export function drive({ url, connections, amount = Infinity, next, perSecond = Infinity }) {
  // `perSecond`: at most this many requests a second in all (each client waits out its share), for a steady load.
  const interval = Number.isFinite(perSecond) ? (connections / perSecond) * 1000 : 0;
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  // Per kind of request (`kind` on the request, where a load mixes them): which of them make the tail.
  const byKind = new Map();
  const problems = [];
  let issued = 0;
  let failures = 0;
  let stopped = false;
  const started = process.hrtime.bigint();
  let last = started;

  const client = async (index) => {
    while (!stopped && issued < amount) {
      const n = issued++;
      const request = next(index, n);
      const t0 = process.hrtime.bigint();
      const due = Number(t0 / 1_000_000n) + interval;
      let answer;
      try {
        answer = await post(agent, target, request.headers, request.body);
      } catch (error) {
        failures += 1;
        if (problems.length < 5) problems.push(String(error));
        continue;
      }
      last = process.hrtime.bigint();
      const ms = Number(last - t0) / 1e6;
      latencies.push(ms);
      if (request.kind !== undefined) {
        if (!byKind.has(request.kind)) byKind.set(request.kind, []);
        byKind.get(request.kind).push(ms);
      }
      const problem = request.check(answer.status, answer.text);
      if (problem) {
        failures += 1;
        if (problems.length < 5) problems.push(problem);
      }
      const wait = due - Number(process.hrtime.bigint() / 1_000_000n);
      if (wait > 0 && !stopped) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  const run = Promise.all(Array.from({ length: connections }, (_, i) => client(i))).then(() => {
    agent.destroy();
    const seconds = Number(last - started) / 1e9;
    const percentiles = (list) => {
      list.sort((a, b) => a - b);
      const at = (q) => (list.length > 0 ? list[Math.min(list.length - 1, Math.floor(list.length * q))] : NaN);
      return { p50: at(0.5), p99: at(0.99) };
    };
    const kinds = Object.fromEntries([...byKind].map(([kind, list]) => [kind, { completed: list.length, ...percentiles(list) }]));
    return { completed: latencies.length, seconds, rps: seconds > 0 ? latencies.length / seconds : NaN, ...percentiles(latencies), kinds, failures, problems };
  });
  return {
    run,
    stop: () => {
      stopped = true;
    },
  };
}

function post(agent, target, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: 30_000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out after 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}
