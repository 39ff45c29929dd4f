// Asks both APIs each question once and compares the normalised answers before anything is timed: a query that
// fails is fast, and would look like a win.
import { firstDifference, normaliseOurs, normalisePeer } from './normalise.mjs';
import { PEER_NAMES } from './queries.mjs';

/** One POST; returns the raw body text and its parsed JSON. */
export async function ask(server, request) {
  const body = JSON.stringify(request);
  const response = await fetch(server.url, { method: 'POST', headers: server.headers, body });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${server.name} answered ${response.status} with no JSON: ${text.slice(0, 500)}`);
  }
  return { status: response.status, text, json, body };
}

/**
 * Verifies one query pair. Returns the request bodies and the exact answer texts (the load runs count any other
 * answer as a mismatch). Throws with the first difference or the GraphQL errors.
 */
export async function verifyPair(query, ours, peer, fixtures) {
  const [a, b] = await Promise.all([ask(ours, query.ours(fixtures)), ask(peer, query.peer(fixtures))]);
  for (const [server, answer] of [[ours, a], [peer, b]]) {
    if (answer.status !== 200 || answer.json.errors || !answer.json.data) {
      throw new Error(`${query.name}: ${server.name} answered ${answer.status} with errors: ${JSON.stringify(answer.json.errors ?? answer.json).slice(0, 2000)}`);
    }
  }
  const oursNormalised = normaliseOurs(a.json.data);
  const peerNormalised = normalisePeer(b.json.data, PEER_NAMES);
  const difference = firstDifference(oursNormalised, peerNormalised);
  if (difference) {
    throw new Error(
      `${query.name}: the answers differ at ${difference.path}: ours ${JSON.stringify(difference.ours)?.slice(0, 500)}, ` +
        `peer ${JSON.stringify(difference.peer)?.slice(0, 500)}`,
    );
  }
  const problem = query.check(oursNormalised, fixtures);
  if (problem) throw new Error(`${query.name}: the answers agree but say too little: ${problem}`);
  return { ours: { body: a.body, expect: a.text }, peer: { body: b.body, expect: b.text } };
}
