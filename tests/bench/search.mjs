// Full-text search at scale (ours only; PostGraphile has no such query): p95 under 100 ms at 10x. The seed's scale
// grows arrangements and reports, not the searched texts, so this probe first grows those too: per scale, 300
// proposals, 150 decisions, 150 opgaven and 150 meetings with minutes per 1x, of 20 to 60 Dutch words each
// (deterministic, see WORDS), then asks a round of searches one after the other, each a page of 20 with its total.
import pg from 'pg';
import { ask } from './answers.mjs';

export const SEARCH_TARGET_MS = 100;
const PER_SCALE = { proposal: 300, decision: 150, opgave: 150, overleg: 150 };
const QUERIES = ['buurthuizen', 'vrijwilligers spreekuur', '"eenzame ouderen"', 'mantelzorg -jongeren', 'wijkteam', 'reizen'];
const QUERY = `query Search($q: String!) { search(query: $q, first: 20) { totalCount
  edges { node { title rank snippet item { __typename ... on Node { id } } } } } }`;

// The words searched for, among a thousand others (three syllables each): each word of a search is in a few
// percent of the texts, as words of a real municipality's texts are, not in half of them.
const TOPICS = `buurthuis buurthuizen wijkteam vrijwilligers vrijwilliger spreekuur spreekuren mantelzorg mantelzorgers jongeren ouderen
  eenzame eenzaamheid ontmoeting ontmoetingsplek dagbesteding begeleiding huishoudelijke hulp wijk wijken dorp dorpen
  bewoners inwoners gemeente aanbieder aanbieders welzijn zorg kerngroep cliëntenraad voorstel besluit opgave opgaven
  moestuin moestuinen speeltuin speeltuinen bibliotheek sportvereniging kantine reizen reis vervoer taxi bus wachtlijst
  wachttijd budget kosten armoede schulden taalles koffie inloop zaterdag avond proef evaluatie veiligheid buren`
  .split(/\s+/)
  .filter(Boolean);
const SYLLABLES = ['ka', 'ver', 'lo', 'ten', 'mi', 'dor', 'sa', 'pen', 'bu', 're'];
const FILLER = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => a + b + c)));
const WORDS = [...TOPICS, ...FILLER];

/** SQL for `n` words chosen deterministically from row `i` (a multiplicative hash, no randomness). */
const sentence = (i, n) => `(SELECT string_agg((ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}])[1 + ((${i} * 7919 + j * 104729 + j * j) % ${WORDS.length})], ' ')
  FROM generate_series(1, ${n}) AS j)`;

const INSERTS = {
  proposal: (m, u, from, to) => `INSERT INTO proposal (municipality_id, title, description, submitted_on, submitted_by_user_id)
    SELECT ${m}, 'Bench: ' || ${sentence('i', 6)}, ${sentence('i + 1', 40)}, current_date - (i % 700), ${u} FROM generate_series(${from}, ${to}) AS i`,
  decision: (m, _u, from, to) => `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, minority_position, votes_for, votes_against)
    SELECT ${m}, 'PROPOSAL', current_date - (i % 700), 'ADOPTED', 'Bench: ' || ${sentence('i + 2', 30)}, ${sentence('i + 3', 20)}, 6, 1
      FROM generate_series(${from}, ${to}) AS i`,
  opgave: (m, _u, from, to) => `INSERT INTO opgave (municipality_id, title, description, area, status, ownership_rung)
    SELECT ${m}, 'Bench: ' || ${sentence('i + 4', 5)}, ${sentence('i + 5', 50)}, 'Bench', 'SELECTED', 2 FROM generate_series(${from}, ${to}) AS i`,
  overleg: (m, _u, from, to) => `INSERT INTO overleg (municipality_id, kind, title, held_on, minutes)
    SELECT ${m}, 'BELEIDSOVERLEG', 'Bench: overleg ' || i, current_date - (i % 700), ${sentence('i + 6', 60)} FROM generate_series(${from}, ${to}) AS i`,
};

/** Grows the searched tables to `scale` times PER_SCALE rows marked "Bench:"; returns the row counts searched. */
async function growTexts(url, municipalityId, scale) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [user] = (await client.query(`SELECT id FROM app_user WHERE email = 'regisseur@gemeente.example'`)).rows;
    const counts = {};
    for (const [table, perScale] of Object.entries(PER_SCALE)) {
      const column = table === 'decision' ? 'text' : 'title';
      const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} LIKE 'Bench:%'`)).rows;
      const want = perScale * scale;
      if (n < want) await client.query(INSERTS[table](municipalityId, user.id, n + 1, want));
      counts[table] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    }
    await client.query('ANALYZE proposal, decision, opgave, overleg');
    return counts;
  } finally {
    await client.end();
  }
}

export async function searchProbe(ours, url, municipalityId, scale, rounds = 20) {
  const rows = await growTexts(url, municipalityId, scale);
  const times = [];
  let hits = 0;
  for (const q of QUERIES) {
    const first = await ask(ours, { query: QUERY, variables: { q } });
    if (first.status !== 200 || first.json.errors) throw new Error(`search "${q}": ${first.text.slice(0, 300)}`);
    hits += first.json.data.search.totalCount;
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const q of QUERIES) {
      const started = process.hrtime.bigint();
      const answer = await ask(ours, { query: QUERY, variables: { q } });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (answer.status !== 200 || answer.json.errors) throw new Error(`search "${q}": ${answer.text.slice(0, 300)}`);
    }
  }
  times.sort((a, b) => a - b);
  return {
    rows,
    queries: QUERIES,
    requests: times.length,
    hitsPerRound: hits,
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
  };
}
