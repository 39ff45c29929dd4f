/**
 * The national data set: `municipalities` tenants, each the size of the demo municipality (900 arrangements, three
 * years of history, their monthly reports) with its providers, its convenant in force, a regisseur, an analyst and a
 * representative per provider. Names and CBS codes are made up (GM9001 …): real municipality names beside invented
 * providers and figures would read as real data. Municipality 1 has the demo's e-mail addresses, so that the demo
 * password and the benchmark's login work on it.
 *
 * Deterministic: a municipality's rows depend only on the seed and its number, so municipality 1 of a national load
 * equals a load of that municipality alone (the benchmark compares the two).
 *
 * Bulk mode (the default) loads arrangements and reports with COPY while their user triggers are disabled, then
 * computes what those triggers maintain in one statement each (bulkDerived). Row mode inserts the same rows with every
 * trigger on, as the application adds them; a test loads both and compares the derived rows.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  CONVENANT,
  FIRST_NAMES,
  KIND_SHARE,
  PROVIDERS,
  STAFF,
  SURNAMES,
  generateArrangement,
  slug,
  type ArrangementSeed,
  type Kind,
  type ProviderRow,
} from './demo';
import { Random, addDays, hash32, toDayNumber } from './random';

/** Three times the demo's 300 arrangements: its size with three years of history instead of two. */
export const NATIONAL_ARRANGEMENTS = 900;
export const NATIONAL_HISTORY_DAYS = 1095;
export const MAX_MUNICIPALITIES = 999;
/** Municipalities generated, copied and reported on per round: memory stays flat, progress moves often. */
const ROUND = 6;

export interface NationalOptions {
  municipalities: number;
  /** 'YYYY-MM-DD'; every generated date is relative to it. */
  today: string;
  /** One hash shared by every demo user: argon2 is slow by design. */
  passwordHash: string;
  seed?: number;
  /** The first municipality's number (default 1): `first: 171, municipalities: 1` loads municipality 171 alone. */
  first?: number;
  /** false: the same rows by INSERT with every trigger on (for the test that checks the bulk computation). */
  bulk?: boolean;
  progress?: (done: number, total: number) => void;
}

export interface NationalSummary {
  municipalities: number;
  arrangements: number;
  reports: number;
}

// Place names from two parts: 20 x 18 = 360 distinct, more get a number. The first is the demo's Lindeveld.
const HEADS = ['Linde', 'Eik', 'Beuk', 'Wilg', 'Hazel', 'Meer', 'Zand', 'Veen', 'Hoog', 'Laag', 'Oost', 'West', 'Noord', 'Zuid', 'Brug', 'Molen', 'Kerk', 'Berg', 'Dijk', 'Vliet'];
const TAILS = ['veld', 'dam', 'hoven', 'horst', 'wijk', 'dorp', 'broek', 'haven', 'loo', 'drecht', 'rode', 'zijl', 'mond', 'berg', 'kamp', 'stede', 'werd', 'woude'];

/** Municipality number k (1-based): its place name and made-up CBS code. */
export function municipalityName(k: number): { place: string; name: string; cbsCode: string } {
  if (!Number.isInteger(k) || k < 1 || k > MAX_MUNICIPALITIES) throw new Error(`municipality number out of range: ${k}`);
  const i = k - 1;
  const head = HEADS[i % HEADS.length] ?? '';
  const tail = TAILS[Math.floor(i / HEADS.length) % TAILS.length] ?? '';
  const round = Math.floor(i / (HEADS.length * TAILS.length));
  const place = `${head}${tail}${round > 0 ? ` ${round + 1}` : ''}`;
  return { place, name: `Gemeente ${place}`, cbsCode: `GM${9000 + k}` };
}

/** Demo e-mail addresses for municipality 1, the same with the CBS code as subdomain for the others. */
export function nationalEmail(local: string, domain: string, k: number): string {
  return k === 1 ? `${local}@${domain}` : `${local}@${municipalityName(k).cbsCode.toLowerCase()}.${domain}`;
}

interface Cast {
  k: number;
  municipalityId: number;
  convenantId: number;
  providers: (ProviderRow & { rep_id: number })[];
}

/** Seeds an empty database; the caller runs it in one transaction with the system actor set. */
export async function seedNational(db: ClientBase, options: NationalOptions): Promise<NationalSummary> {
  const n = options.municipalities;
  const first = options.first ?? 1;
  if (!Number.isInteger(n) || !Number.isInteger(first) || n < 1 || first < 1 || first + n - 1 > MAX_MUNICIPALITIES) {
    throw new Error(`municipalities must be whole numbers from 1 to ${MAX_MUNICIPALITIES}`);
  }
  toDayNumber(options.today);
  const existing = await db.query('SELECT 1 FROM municipality LIMIT 1');
  if ((existing.rowCount ?? 0) > 0) throw new Error('the national seed needs an empty database: a municipality already exists');
  const bulk = options.bulk ?? true;
  const seed = options.seed ?? 1;
  const progress = options.progress ?? (() => undefined);

  const casts = await seedCasts(db, first, n, options);
  progress(0, n);
  const deferred = bulk ? await dropSecondaryIndexes(db) : [];
  if (bulk) await setUserTriggers(db, false);
  let nextArrangementId = 1;
  let nextReportId = 1;
  let arrangements = 0;
  let reports = 0;
  for (let start = 0; start < casts.length; start += ROUND) {
    const round = casts.slice(start, start + ROUND);
    const arrangementRows: (string | null)[][] = [];
    const reportRows: (string | null)[][] = [];
    for (const cast of round) {
      for (const a of generateMunicipality(cast, seed, options.today)) {
        const id = nextArrangementId++;
        arrangementRows.push(arrangementRow(id, cast, a));
        for (const r of a.reports) {
          reportRows.push([nextReportId++, cast.municipalityId, id, a.providerId, r.periodStart, r.periodEnd, r.hours, r.costCents, r.remarks, a.repId].map(text));
        }
      }
    }
    if (bulk) {
      await copyRows(db, 'arrangement', ARRANGEMENT_COLUMNS, arrangementRows);
      await copyRows(db, 'arrangement_report', REPORT_COLUMNS, reportRows);
    } else {
      await insertRows(db, 'arrangement', ARRANGEMENT_COLUMNS, arrangementRows);
      await insertRows(db, 'arrangement_report', REPORT_COLUMNS, reportRows);
    }
    arrangements += arrangementRows.length;
    reports += reportRows.length;
    progress(Math.min(n, start + ROUND), n);
  }
  if (bulk) {
    // The derived rows first: the realised cost rewrites every arrangement, cheaper before its indexes are back.
    await bulkDerived(db);
    await restoreSecondaryIndexes(db, deferred);
    await setUserTriggers(db, true);
  }
  // The rows carry their ids: the identity sequences continue after them.
  for (const table of ['arrangement', 'arrangement_report']) {
    await db.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT COALESCE(max(id), 0) + 1 FROM ${table}), false)`);
  }
  return { municipalities: n, arrangements, reports };
}

/**
 * What the user triggers of arrangement and arrangement_report maintain from the rows, in one statement each:
 * - report_summary_add: report_summary, the reports summed per municipality, month, provider and category (a
 *   reversal counts -1, as in ReportCorrections);
 * - report_summary_add_realised_cost: each arrangement's realised cost, the sum of its reports' cost.
 * The other user triggers on the two tables write nothing derived: the audit trail records changes made by people
 * (a load records none, as a restore records none), the append-only and version triggers act on UPDATE and DELETE
 * only. The integration test national-seed.test.ts loads the same rows with the triggers on and compares.
 */
export async function bulkDerived(db: ClientBase): Promise<void> {
  await db.query(`
    INSERT INTO report_summary (municipality_id, period_start, provider_id, product_category, reports, cost_cents, hours_delivered)
    SELECT r.municipality_id, r.period_start, r.provider_id, a.product_category,
           sum(CASE WHEN r.entry = 'REVERSAL' THEN -1 ELSE 1 END), sum(r.cost_cents), sum(r.hours_delivered)
      FROM arrangement_report r JOIN arrangement a ON a.id = r.arrangement_id
     GROUP BY 1, 2, 3, 4`);
  await db.query(`
    UPDATE arrangement a SET realised_cost_cents = a.realised_cost_cents + r.cost_cents
      FROM (SELECT arrangement_id, sum(cost_cents) AS cost_cents FROM arrangement_report GROUP BY 1) r
     WHERE a.id = r.arrangement_id`);
}

const LOADED = ['arrangement', 'arrangement_report'];

/**
 * PostgreSQL's advice for a bulk load: build indexes and check foreign keys once over the loaded rows instead of row
 * by row. Every index and constraint of the two tables other than the primary key and the checks is dropped here and
 * made again from its own definition (pg_get_indexdef, pg_get_constraintdef), so nothing is restated by hand; all in
 * the load's transaction, so that a failure leaves the schema as it was.
 */
async function dropSecondaryIndexes(db: ClientBase): Promise<string[]> {
  const constraints = await db.query<{ tbl: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
      WHERE c.conrelid = ANY($1::regclass[]) AND c.contype IN ('f', 'u', 'x') ORDER BY c.contype DESC, c.conname`,
    [LOADED],
  );
  const indexes = await db.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)
      ORDER BY 1`,
    [LOADED],
  );
  // Foreign keys first: they may depend on the unique constraints.
  for (const c of [...constraints.rows].reverse()) await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${quoteIdent(c.name)}`);
  for (const i of indexes.rows) await db.query(`DROP INDEX ${i.name}`);
  return [
    ...indexes.rows.map((i) => i.def),
    // Unique and exclusion constraints first (their indexes), foreign keys last (they may need those).
    ...constraints.rows.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.def}`),
  ];
}

async function restoreSecondaryIndexes(db: ClientBase, statements: readonly string[]): Promise<void> {
  await db.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  for (const sql of statements) await db.query(sql);
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function setUserTriggers(db: ClientBase, enabled: boolean): Promise<void> {
  for (const table of ['arrangement', 'arrangement_report']) {
    await db.query(`ALTER TABLE ${table} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER USER`);
  }
}

/** Municipalities, providers, users and the signed convenant in force, set-based for all at once, every trigger on. */
async function seedCasts(db: ClientBase, first: number, n: number, options: NationalOptions): Promise<Cast[]> {
  const ks = Array.from({ length: n }, (_, i) => first + i);
  const names = ks.map(municipalityName);
  const inhabitants = ks.map((k) => 5_000 + (hash32(`inhabitants:${k}`) % 200_000));
  const municipalities = await db.query<{ id: string; cbs_code: string }>(
    `INSERT INTO municipality (cbs_code, name, inhabitants)
     SELECT t.code, t.name, t.inhabitants FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t(code, name, inhabitants, k)
      ORDER BY t.k
     RETURNING id, cbs_code`,
    [names.map((m) => m.cbsCode), names.map((m) => m.name), inhabitants],
  );
  const kOf = new Map(names.map((m, i) => [m.cbsCode, first + i]));
  const municipalityIds = new Map(municipalities.rows.map((r) => [kOf.get(r.cbs_code), Number(r.id)]));
  const mid = (k: number): number => {
    const id = municipalityIds.get(k);
    if (id === undefined) throw new Error(`municipality ${k} not inserted`);
    return id;
  };

  const providerInput = ks.flatMap((k) => PROVIDERS.map((p) => ({ k, ...p, name: p.name.replace('Lindeveld', municipalityName(k).place) })));
  const providers = await db.query<{ id: string; municipality_id: string; name: string; kind: Kind }>(
    `INSERT INTO provider (municipality_id, name, kind, kvk_number, agb_code)
     SELECT t.municipality_id, t.name, t.kind, t.kvk, t.agb
       FROM unnest($1::bigint[], $2::text[], $3::provider_kind[], $4::text[], $5::text[]) WITH ORDINALITY AS t(municipality_id, name, kind, kvk, agb, ord)
      ORDER BY t.ord
     RETURNING id, municipality_id, name, kind::text AS kind`,
    [providerInput.map((p) => mid(p.k)), providerInput.map((p) => p.name), providerInput.map((p) => p.kind), providerInput.map((p) => p.kvk), providerInput.map((p) => p.agb)],
  );
  const providerId = new Map(providers.rows.map((r) => [`${r.municipality_id}:${r.name}`, Number(r.id)]));

  // A regisseur and an analyst per municipality (municipality 1 also its admin), and a representative per provider.
  const users = ks.flatMap((k) => {
    const rng = new Random(hash32(`national-users:${k}`));
    const person = (): string => `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
    const staff = STAFF.filter((s) => k === 1 || s.role !== 'ADMIN').map((s) => ({
      k,
      email: nationalEmail(s.email.split('@')[0] ?? '', 'gemeente.example', k),
      name: k === 1 ? s.name : person(),
      role: s.role,
      provider: null as number | null,
    }));
    const reps = PROVIDERS.map((p, i) => {
      const input = providerInput[(k - first) * PROVIDERS.length + i];
      const id = providerId.get(`${mid(k)}:${input?.name ?? ''}`);
      if (id === undefined) throw new Error(`provider not inserted: ${input?.name ?? '?'}`);
      return { k, email: nationalEmail('vertegenwoordiger', `${slug(p.name)}.example`, k), name: k === 1 ? p.rep : person(), role: 'PROVIDER_REP', provider: id };
    });
    return [...staff, ...reps] as { k: number; email: string; name: string; role: string; provider: number | null }[];
  });
  const userRows = await db.query<{ id: string; provider_id: string | null }>(
    `INSERT INTO app_user (municipality_id, email, name, role, provider_id, password_hash)
     SELECT t.municipality_id, t.email, t.name, t.role, t.provider_id, $6
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::role[], $5::bigint[]) WITH ORDINALITY AS t(municipality_id, email, name, role, provider_id, ord)
      ORDER BY t.ord
     RETURNING id, provider_id`,
    [users.map((u) => mid(u.k)), users.map((u) => u.email), users.map((u) => u.name), users.map((u) => u.role), users.map((u) => u.provider), options.passwordHash],
  );
  const repOf = new Map(userRows.rows.filter((r) => r.provider_id !== null).map((r) => [Number(r.provider_id), Number(r.id)]));

  // The convenant's lifecycle as the triggers enforce it: parties fixed while DRAFT, opened, signed, in force.
  const convenants = await db.query<{ id: string; municipality_id: string }>(
    `INSERT INTO convenant (municipality_id, title, status, version, starts_on, ends_on, budget_cents)
     SELECT m, $2, 'DRAFT', 1, $3, $4, $5 FROM unnest($1::bigint[]) WITH ORDINALITY AS t(m, ord) ORDER BY t.ord
     RETURNING id, municipality_id`,
    [ks.map(mid), CONVENANT.title, CONVENANT.startsOn, CONVENANT.endsOn, CONVENANT.budgetCents],
  );
  await db.query(
    `INSERT INTO convenant_party (municipality_id, convenant_id, kind, provider_id)
     SELECT c.municipality_id, c.id, 'MUNICIPALITY'::party_kind, NULL::bigint FROM convenant c
     UNION ALL
     SELECT c.municipality_id, c.id, 'PROVIDER', p.id FROM convenant c JOIN provider p ON p.municipality_id = c.municipality_id`,
  );
  await db.query(`UPDATE convenant SET status = 'OPEN_FOR_SIGNING', opened_for_signing_on = $1`, [addDays(options.today, -60)]);
  await db.query(
    `UPDATE convenant_party cp SET signed_at = $1, signed_by_user_id = COALESCE(
        (SELECT u.id FROM app_user u WHERE u.provider_id = cp.provider_id AND u.role = 'PROVIDER_REP' ORDER BY u.id LIMIT 1),
        (SELECT u.id FROM app_user u WHERE u.municipality_id = cp.municipality_id AND u.role = 'REGISSEUR' ORDER BY u.id LIMIT 1))`,
    [`${addDays(options.today, -3)}T09:00:00Z`],
  );
  await db.query(`UPDATE convenant SET status = 'IN_FORCE', version = version + 1`);
  await db.query(
    `INSERT INTO budget_allocation (municipality_id, convenant_id, provider_id, product_category, amount_cents)
     SELECT c.municipality_id, c.id, p.id, s.category::product_category, round(c.budget_cents * s.share)::bigint
       FROM convenant c JOIN provider p ON p.municipality_id = c.municipality_id
      CROSS JOIN (VALUES ('BEGELEIDING', 0.06), ('DAGBESTEDING', 0.03)) AS s(category, share)`,
  );

  const convenantOf = new Map(convenants.rows.map((r) => [Number(r.municipality_id), Number(r.id)]));
  const byMunicipality = new Map<number, (ProviderRow & { rep_id: number })[]>();
  for (const p of providers.rows) {
    const id = Number(p.id);
    const rep = repOf.get(id);
    if (rep === undefined) throw new Error(`no representative for provider ${id}`);
    const list = byMunicipality.get(Number(p.municipality_id)) ?? [];
    list.push({ id, name: p.name, kind: p.kind, rep_id: rep });
    byMunicipality.set(Number(p.municipality_id), list);
  }
  return ks.map((k) => {
    const municipalityId = mid(k);
    const convenantId = convenantOf.get(municipalityId);
    if (convenantId === undefined) throw new Error(`no convenant for municipality ${k}`);
    return { k, municipalityId, convenantId, providers: (byMunicipality.get(municipalityId) ?? []).sort((a, b) => a.id - b.id) };
  });
}

/** A municipality's arrangements, as seedArrangements draws them, from its own stream of the seed. */
function generateMunicipality(cast: Cast, seed: number, today: string): ArrangementSeed[] {
  const rng = new Random(hash32(`national:${seed}:${cast.k}`));
  const weights = cast.providers.map((p) => [p, KIND_SHARE[p.kind]] as const);
  const clientKeys: string[] = [];
  const out: ArrangementSeed[] = [];
  for (let i = 0; i < NATIONAL_ARRANGEMENTS; i++) {
    const provider = rng.weighted(weights);
    const reuse = clientKeys.length > 0 && rng.chance(0.12);
    const clientKey = reuse ? rng.pick(clientKeys) : `K-${rng.base36(8)}`;
    if (!reuse) clientKeys.push(clientKey);
    out.push(generateArrangement(rng, provider, clientKey, today, NATIONAL_HISTORY_DAYS));
  }
  return out;
}

const ARRANGEMENT_COLUMNS = [
  'id',
  'municipality_id',
  'provider_id',
  'client_key',
  'version',
  'status',
  'form',
  'product_category',
  'requested_on',
  'starts_on',
  'ended_on',
  'end_reason',
  'goal_attainment',
  'hours_per_week',
  'planned_cost_cents',
  'goals',
  'convenant_id',
] as const;

const REPORT_COLUMNS = [
  'id',
  'municipality_id',
  'arrangement_id',
  'provider_id',
  'period_start',
  'period_end',
  'hours_delivered',
  'cost_cents',
  'remarks',
  'created_by_user_id',
] as const;

function arrangementRow(id: number, cast: Cast, a: ArrangementSeed): (string | null)[] {
  // The convenant in force on the start date, as the demo records it.
  const underConvenant = a.startsOn !== null && a.startsOn >= CONVENANT.startsOn && a.startsOn <= CONVENANT.endsOn;
  return [
    id,
    cast.municipalityId,
    a.providerId,
    a.clientKey,
    1,
    a.status,
    a.form,
    a.category,
    a.requestedOn,
    a.startsOn,
    a.endedOn,
    a.endReason,
    a.attainment,
    a.hoursPerWeek,
    a.plannedCostCents,
    arrayLiteral(a.goals),
    underConvenant ? cast.convenantId : null,
  ].map(text);
}

/** A value in PostgreSQL's text input form; null stays null. */
function text(value: string | number | null): string | null {
  return value === null ? null : String(value);
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** COPY's text format: tab-separated, \N for null, backslash escapes for the four characters that need them. */
function copyLine(row: readonly (string | null)[]): string {
  return `${row.map((v) => (v === null ? '\\N' : v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? c))).join('\t')}\n`;
}

async function copyRows(db: ClientBase, table: string, columns: readonly string[], rows: readonly (string | null)[][]): Promise<void> {
  if (rows.length === 0) return;
  // Lines in chunks of a few thousand: fewer stream writes than one per row, no single huge string.
  const chunks = function* (): Generator<string> {
    for (let i = 0; i < rows.length; i += 2000) yield rows.slice(i, i + 2000).map(copyLine).join('');
  };
  await pipeline(Readable.from(chunks()), db.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
}

/** The same rows by INSERT (OVERRIDING SYSTEM VALUE keeps their ids), in statements of 5,000 with the triggers on. */
async function insertRows(db: ClientBase, table: string, columns: readonly string[], rows: readonly (string | null)[][]): Promise<void> {
  const types = await db.query<{ column_name: string; type: string }>(
    `SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [table],
  );
  const typeOf = new Map(types.rows.map((r) => [r.column_name, r.type]));
  // Arrays of arrays do not pass as parameters: each column goes as text[] and is cast back to its type.
  const select = columns.map((c, i) => `($${i + 1}::text[])[g]::${typeOf.get(c) ?? 'text'}`).join(', ');
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000);
    await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) OVERRIDING SYSTEM VALUE
       SELECT ${select} FROM generate_series(1, ${chunk.length}) AS g ORDER BY g`,
      columns.map((_, i) => chunk.map((r) => r[i] ?? null)),
    );
  }
}
