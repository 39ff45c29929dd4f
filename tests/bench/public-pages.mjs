// The public pages under a flood: 50 anonymous clients read /meedoen, /opgaven and /podium/<year> as fast as they can
// (p95 must stay under 100 ms at 10x data), while a signed-in user's cheap query, asked one after the other, keeps its
// p99 under 250 ms. Timed on our server only (the peer has no such pages).
import autocannon from 'autocannon';
import { ask } from './answers.mjs';

export const PUBLIC_P95_TARGET_MS = 100;
export const SIGNED_IN_P99_TARGET_MS = 250;
const CLIENTS = 50;
const CHEAP = { query: '{ me { email role } }' };

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

/**
 * `CLIENTS` connections ask the pages in turn for `seconds` (autocannon: a load generator far lighter than fetch, so
 * that the figures are the server's); every answer must be a 200. The time of each answer is kept, for exact percentiles.
 */
async function flood(base, paths, seconds) {
  const times = [];
  let failures = 0;
  const tracker = autocannon({
    url: base,
    connections: CLIENTS,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
    timeout: 30,
  });
  tracker.on('response', (_client, status, _bytes, ms) => {
    times.push(ms);
    if (status !== 200) failures += 1;
  });
  const result = await tracker;
  return { times: times.sort((a, b) => a - b), failures: failures + result.errors + result.timeouts };
}

export async function publicPagesProbe(ours, seconds) {
  const base = ours.url.replace(/\/graphql$/, '');
  const year = new Date().getFullYear();
  const paths = ['/opgaven', `/podium/${year}`, '/meedoen', `/podium/${year - 1}`];
  const first = await ask(ours, CHEAP);
  if (first.status !== 200 || first.json.errors) throw new Error(`signed-in query: ${first.text.slice(0, 300)}`);
  // Warm: each page rendered once, as after any change to what is published.
  await flood(base, paths, 1);
  const signedIn = [];
  let stop = false;
  const cheap = (async () => {
    while (!stop) {
      const started = process.hrtime.bigint();
      const answer = await ask(ours, CHEAP);
      signedIn.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (answer.text !== first.text) throw new Error('signed-in query: answers differ under the flood');
    }
  })();
  const pages = await flood(base, paths, seconds);
  stop = true;
  await cheap;
  signedIn.sort((a, b) => a - b);
  return {
    clients: CLIENTS,
    requests: pages.times.length,
    rps: pages.times.length / seconds,
    failures: pages.failures,
    p50Ms: percentile(pages.times, 0.5),
    p95Ms: percentile(pages.times, 0.95),
    signedInRequests: signedIn.length,
    signedInP99Ms: percentile(signedIn, 0.99),
  };
}
