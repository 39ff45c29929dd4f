// The plans of every statement the API runs for the benchmark's questions (Q1–Q6, the overview, the analyst queries
// of docs/analyst-queries.md), read from auto_explain in the national database: each scan of a tenant table (one with
// municipality_id) must go through an index that leads with the tenant key, a parent key (the first column of a
// foreign key) or the row's own primary key, and that index must be used with a condition on that column. A
// sequential scan or an index walked without such a condition reads every municipality's rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { BENCH_DB, repoRoot } from './cluster.mjs';
import { signIn, startOurs, stopChild, children } from './servers.mjs';
import { overviewRequest } from './overview.mjs';
import { QUERIES } from './queries.mjs';
import { ask } from './answers.mjs';

/** Tables of at most this many 8 kB pages are read whole: the planner rightly prefers that to an index. */
const SMALL_PAGES = 10;


/** Collects the server log while `capturing`; the cluster's onLog hook feeds it. */
export function planSource() {
  let text = '';
  let capturing = false;
  return {
    onLog: (message) => {
      if (capturing) text += message.endsWith('\n') ? message : `${message}\n`;
    },
    start: () => {
      text = '';
      capturing = true;
    },
    stop: () => {
      capturing = false;
      return text;
    },
  };
}

/** Every JSON plan in the log text: auto_explain writes `plan:` and then the JSON object, over several lines. */
export function parsePlans(text) {
  const plans = [];
  let at = 0;
  for (;;) {
    const mark = text.indexOf('plan:', at);
    if (mark < 0) break;
    const open = text.indexOf('{', mark);
    if (open < 0) break;
    let depth = 0;
    let inString = false;
    let end = -1;
    for (let i = open; i < text.length; i += 1) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i += 1;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth += 1;
      else if (c === '}') {
        depth -= 1;
        if (depth === 0) {
          end = i;
          break;
        }
      }
    }
    if (end < 0) break;
    try {
      plans.push(JSON.parse(text.slice(open, end + 1)));
    } catch {
      // A log line cut by another process's message: skipped, counted by the caller as fewer plans.
    }
    at = end + 1;
  }
  return plans;
}

function* nodes(plan) {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodes(child);
}

async function catalog(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tenant = await client.query(
      `SELECT c.relname, c.relpages FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'municipality_id' AND NOT a.attisdropped)`,
    );
    const indexes = await client.query(
      `SELECT i.relname AS index, t.relname AS table, a.attname AS lead, x.indisprimary AS primary
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[0]
        WHERE n.nspname = 'public'`,
    );
    const parents = await client.query(
      `SELECT t.relname AS table, a.attname AS col FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.conkey[1] WHERE k.contype = 'f'`,
    );
    const parentKeys = new Map();
    for (const r of parents.rows) parentKeys.set(r.table, new Set([...(parentKeys.get(r.table) ?? []), r.col]));
    return {
      tenant: new Map(tenant.rows.map((r) => [r.relname, r.relpages])),
      indexes: new Map(indexes.rows.map((r) => [r.index, r])),
      parentKeys,
    };
  } finally {
    await client.end();
  }
}

/** The problems of one plan: scans of tenant tables that read across municipalities. */
export function planViolations(plan, cat) {
  const problems = [];
  for (const node of nodes(plan)) {
    const type = node['Node Type'];
    if (type === 'Seq Scan') {
      const table = node['Relation Name'];
      const pages = cat.tenant.get(table);
      if (pages !== undefined && pages > SMALL_PAGES) problems.push(`Seq Scan on ${table} (${pages} pages)`);
      continue;
    }
    if (type !== 'Index Scan' && type !== 'Index Only Scan' && type !== 'Bitmap Index Scan') continue;
    const index = cat.indexes.get(node['Index Name']);
    if (!index || !cat.tenant.has(index.table)) continue;
    if ((cat.tenant.get(index.table) ?? 0) <= SMALL_PAGES) continue;
    const allowed = index.lead === 'municipality_id' || cat.parentKeys.get(index.table)?.has(index.lead) || (index.primary && index.lead === 'id');
    const cond = node['Index Cond'] ?? '';
    if (!allowed) problems.push(`${type} on ${index.table} by ${index.index} (leads with ${index.lead})`);
    else if (!new RegExp(`\\b${index.lead}\\b`).test(cond)) problems.push(`${type} on ${index.table} by ${index.index} without a condition on ${index.lead}`);
  }
  return problems;
}

/** The analyst queries of docs/analyst-queries.md, as the tests read them. */
function analystQueries() {
  const doc = readFileSync(path.join(repoRoot, 'docs', 'analyst-queries.md'), 'utf8');
  return [...doc.matchAll(/^## (.+)\n[\s\S]*?```graphql\n([\s\S]*?)```/gm)].map((m) => ({ title: m[1], query: m[2] }));
}

async function setAutoExplain(url, on) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const settings = [
      ['session_preload_libraries', "'auto_explain'"],
      ['auto_explain.log_min_duration', '0'],
      ['auto_explain.log_format', 'json'],
      ['auto_explain.log_nested_statements', 'on'],
    ];
    for (const [name, value] of settings) {
      await client.query(on ? `ALTER DATABASE ${BENCH_DB} SET ${name} = ${value}` : `ALTER DATABASE ${BENCH_DB} RESET ${name}`);
    }
  } finally {
    await client.end();
  }
}

/** Asks every question once with auto_explain on, then checks every plan logged meanwhile. */
export async function checkPlans({ cluster, plans, dataDir, email, fx, log }) {
  await setAutoExplain(cluster.url, true);
  let server = null;
  try {
    server = await startOurs({ databaseUrl: cluster.url, poolSize: 2, dataDir, email });
    const analyst = { ...server, headers: await signIn(server, email.replace(/^regisseur@/, 'analist@')) };
    const questions = [
      ...QUERIES.map((q) => ({ name: q.name, server, request: q.ours(fx) })),
      { name: 'overview', server, request: overviewRequest() },
      ...analystQueries().map((q) => ({ name: `analyst: ${q.title}`, server: analyst, request: { query: q.query } })),
    ];
    const cat = await catalog(cluster.url);
    const violations = [];
    const statements = new Set();
    for (const question of questions) {
      // Each question twice: the second runs on plans the connection has prepared, as under load.
      plans.start();
      for (let i = 0; i < 2; i += 1) {
        const answer = await ask(question.server, question.request);
        if (answer.status !== 200 || answer.json.errors) throw new Error(`${question.name}: ${answer.text.slice(0, 500)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // the log reaches us through a pipe
      const found = parsePlans(plans.stop());
      if (found.length === 0) throw new Error(`${question.name}: no plan was logged; is auto_explain loaded?`);
      for (const plan of found) {
        const text = plan['Query Text'] ?? '';
        statements.add(text);
        for (const problem of planViolations(plan.Plan, cat)) {
          violations.push(`${question.name}: ${problem} in \`${text.replace(/\s+/g, ' ').slice(0, 160)}\``);
        }
      }
    }
    const unique = [...new Set(violations)];
    log(`plans: ${statements.size} distinct statements, ${unique.length} violations`);
    for (const v of unique) log(`  ${v}`);
    return { statements: statements.size, violations: unique };
  } finally {
    if (server) {
      const child = [...children].find((c) => c.pid === server.pid);
      if (child) await stopChild(child);
    }
    await setAutoExplain(cluster.url, false);
  }
}
