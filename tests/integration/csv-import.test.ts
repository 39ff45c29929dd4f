import { uploadForm } from '../support/files';
import type { FixtureUser } from '../support/fixture';
import { insertConvenantInForce } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * CSV import by a representative of their own provider's arrangements and monthly reports: a dry run answers per line
 * what would be created or refused (Dutch, naming line and column) and stores nothing; the import is all or nothing
 * per file, idempotent by the provider's kenmerk, made by the same services as the mutations, and audited.
 */
let t: TestApp;

interface ImportAnswer {
  dryRun: boolean;
  imported: boolean;
  created: number;
  skipped: number;
  refused: number;
  fileProblem: { column: string | null; message: string; text: string } | null;
  lines: { line: number; kenmerk: string | null; result: string; problems: { column: string | null; code: string; text: string }[] }[];
}

const ARRANGEMENTS_HEAD = 'kenmerk;clientsleutel;productcategorie;vorm;aanvraagdatum;startdatum;uren_per_week;geplande_kosten;doelen';
const ARRANGEMENTS = [
  ARRANGEMENTS_HEAD,
  'ARR-1;K-IMP-1;begeleiding;individueel;05-01-2026;12-01-2026;2,5;1.250,00;Zelfstandig wonen|Dagritme',
  'ARR-2;K-IMP-2;dagbesteding;groep;2026-02-01;2026-02-03;4;800',
  'ARR-3;K-IMP-3;groepsgerichte ondersteuning;gemengd;01-03-2026;;1,5;300,50;',
].join('\r\n');

async function send(user: FixtureUser | null, kind: 'arrangementen' | 'rapportages', csv: string, dryRun: boolean, name = 'export.csv') {
  const headers: Record<string, string> = user === null ? {} : { authorization: `Bearer ${await t.login(user)}` };
  const res = await fetch(`${t.app.url}/import/${kind}${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers,
    body: uploadForm({}, { bytes: Buffer.from(csv, 'utf8'), name }),
  });
  return { status: res.status, body: (await res.json()) as ImportAnswer & { errors?: { extensions: { code: string } }[] } };
}

const counts = async () => ({
  arrangements: await t.count('arrangement'),
  reports: await t.count('arrangement_report'),
  imports: await t.count('csv_import'),
  references: await t.count('import_reference'),
});

beforeAll(async () => {
  t = await startTestApp();
  const { municipalityId, providers } = t.fixture;
  await insertConvenantInForce(t.db, municipalityId, [providers.care, providers.welfare]);
});
afterAll(async () => {
  await t.close();
});

describe('templates', () => {
  it.each([
    ['arrangementen', ARRANGEMENTS_HEAD],
    ['rapportages', 'kenmerk;kenmerk_arrangement;periode_start;periode_eind;uren;kosten;opmerking'],
  ])('gives the template of %s as a download with the Dutch column headers', async (kind, head) => {
    const res = await fetch(`${t.app.url}/import/${kind}/sjabloon.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="sjabloon-${kind}.csv"`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${head}`);
  });
});

describe('arrangements', () => {
  it('a dry run answers per line what would be created, and stores nothing', async () => {
    const before = await counts();
    const { status, body } = await send('repCare', 'arrangementen', ARRANGEMENTS, true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, imported: false, created: 3, skipped: 0, refused: 0 });
    expect(body.lines.map((l) => [l.line, l.kenmerk, l.result])).toEqual([
      [2, 'ARR-1', 'CREATE'],
      [3, 'ARR-2', 'CREATE'],
      [4, 'ARR-3', 'CREATE'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file with one bad line as a whole: every line answered, Dutch messages naming line and column, nothing stored', async () => {
    const before = await counts();
    const audit = await t.count('audit_log');
    const csv = [
      ARRANGEMENTS,
      // The service's own rule: a request date in the future (today is 2026-06-15).
      'ARR-4;K-IMP-4;begeleiding;individueel;01-07-2026;;1;100',
      // Cells that cannot be read.
      'ARR-5;K-IMP-5;zorg;individueel;31-02-2026;;veel;100',
      // A kenmerk twice in the file.
      'ARR-1;K-IMP-6;begeleiding;individueel;05-01-2026;;1;100',
    ].join('\r\n');
    const { status, body } = await send('repCare', 'arrangementen', csv, false);
    expect(status).toBe(422);
    expect(body).toMatchObject({ dryRun: false, imported: false, created: 3, refused: 3 });
    const refused = body.lines.filter((l) => l.result === 'REFUSED');
    expect(refused.map((l) => [l.line, l.problems.map((p) => p.column)])).toEqual([
      [5, ['aanvraagdatum']],
      [6, ['productcategorie', 'aanvraagdatum', 'uren_per_week']],
      [7, ['kenmerk']],
    ]);
    expect(refused[0]!.problems[0]!.text).toBe('Regel 5, kolom ‘aanvraagdatum’: De aanvraagdatum mag niet in de toekomst liggen.');
    expect(refused[1]!.problems[0]!.text).toBe(
      'Regel 6, kolom ‘productcategorie’: Kies begeleiding, dagbesteding, groepsgerichte ondersteuning of overige arrangementen.',
    );
    expect(refused[2]!.problems[0]!.text).toBe('Regel 7, kolom ‘kenmerk’: Dit kenmerk staat meer dan één keer in het bestand.');
    expect(await counts()).toEqual(before);
    expect(await t.count('audit_log')).toBe(audit);
  });

  it('imports a good file through the service (statuses, goals, cents), audited per row, with its own record', async () => {
    const before = await counts();
    const audit = await t.count('audit_log');
    const { status, body } = await send('repCare', 'arrangementen', ARRANGEMENTS, false, 'zorg-januari.csv');
    expect(status).toBe(201);
    expect(body).toMatchObject({ imported: true, created: 3, skipped: 0, refused: 0 });
    const rows = await t.db.query<{
      client_key: string;
      status: string;
      hours_per_week: string;
      planned_cost_cents: number;
      goals: string[];
      provider_id: number;
    }>(
      `SELECT client_key, status, hours_per_week, planned_cost_cents, goals, provider_id FROM arrangement WHERE client_key LIKE 'K-IMP-%' ORDER BY client_key`,
    );
    expect(rows.map((r) => [r.client_key, r.status, Number(r.hours_per_week), r.planned_cost_cents, r.goals, r.provider_id])).toEqual([
      ['K-IMP-1', 'ACTIVE', 2.5, 125000, ['Zelfstandig wonen', 'Dagritme'], t.fixture.providers.care],
      ['K-IMP-2', 'ACTIVE', 4, 80000, [], t.fixture.providers.care],
      ['K-IMP-3', 'REQUESTED', 1.5, 30050, [], t.fixture.providers.care],
    ]);
    expect(await counts()).toEqual({
      ...before,
      arrangements: before.arrangements + 3,
      imports: before.imports + 1,
      references: before.references + 3,
    });
    const [record] = await t.db.query<{ file_name: string; created_count: number; skipped_count: number; imported_by_user_id: number; kind: string }>(
      `SELECT file_name, created_count, skipped_count, imported_by_user_id, kind FROM csv_import ORDER BY id DESC LIMIT 1`,
    );
    expect(record).toEqual({
      file_name: 'zorg-januari.csv',
      created_count: 3,
      skipped_count: 0,
      imported_by_user_id: t.fixture.users.repCare,
      kind: 'ARRANGEMENTS',
    });
    const trail = await t.db.query<{ table_name: string; n: number }>(
      `SELECT table_name, count(*)::int AS n FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - 100 AND operation = 'INSERT'
        AND table_name IN ('arrangement', 'csv_import', 'import_reference') AND user_id = $1 GROUP BY table_name ORDER BY table_name`,
      [t.fixture.users.repCare],
    );
    expect(trail).toEqual([
      { table_name: 'arrangement', n: 3 },
      { table_name: 'csv_import', n: 1 },
      { table_name: 'import_reference', n: 3 },
    ]);
    expect(await t.count('audit_log')).toBe(audit + 7);
  });

  it('is idempotent: the same file again creates nothing new, every line skipped', async () => {
    const before = await counts();
    const dry = await send('repCare', 'arrangementen', ARRANGEMENTS, true);
    expect(dry.body).toMatchObject({ created: 0, skipped: 3, refused: 0 });
    const { status, body } = await send('repCare', 'arrangementen', ARRANGEMENTS, false);
    expect(status).toBe(201);
    expect(body).toMatchObject({ imported: true, created: 0, skipped: 3 });
    expect(body.lines.every((l) => l.result === 'SKIP')).toBe(true);
    expect(await counts()).toEqual({ ...before, imports: before.imports + 1 });
  });

  it("another provider's kenmerken are its own: the same file by another provider creates its own rows", async () => {
    const dry = await send('repWelfare', 'arrangementen', ARRANGEMENTS, true);
    expect(dry.body).toMatchObject({ created: 3, skipped: 0 });
  });

  it('reads a comma-separated file with quoted decimal commas', async () => {
    const csv =
      'kenmerk,clientsleutel,productcategorie,vorm,aanvraagdatum,uren_per_week,geplande_kosten\nARR-C,K-IMP-C,BEGELEIDING,INDIVIDUAL,2026-01-05,"2,5","99,95"\n';
    const { body } = await send('repCare', 'arrangementen', csv, true);
    expect(body).toMatchObject({ created: 1, refused: 0 });
  });
});

describe('reports', () => {
  const HEAD = 'kenmerk;kenmerk_arrangement;periode_start;periode_eind;uren;kosten;opmerking';

  it('imports monthly reports on imported arrangements, through the same service (realised cost follows)', async () => {
    const csv = [HEAD, 'RAP-1;ARR-1;01-05-2026;31-05-2026;10,5;525,00;Mei', 'RAP-2;ARR-2;2026-05-01;2026-05-31;8;400;'].join('\n');
    const dry = await send('repCare', 'rapportages', csv, true);
    expect(dry.body).toMatchObject({ created: 2, refused: 0 });
    const before = await counts();
    const { status, body } = await send('repCare', 'rapportages', csv, false);
    expect(status).toBe(201);
    expect(body).toMatchObject({ imported: true, created: 2 });
    expect(await counts()).toEqual({ ...before, reports: before.reports + 2, imports: before.imports + 1, references: before.references + 2 });
    const [a] = await t.db.query<{ realised_cost_cents: number }>(`SELECT realised_cost_cents FROM arrangement WHERE client_key = 'K-IMP-1'`);
    expect(a!.realised_cost_cents).toBe(52500);
    const again = await send('repCare', 'rapportages', csv, false);
    expect(again.body).toMatchObject({ imported: true, created: 0, skipped: 2 });
  });

  it('a line the database refuses (the same period twice) is refused alone: the lines after it are still checked', async () => {
    const csv = [
      HEAD,
      'RAP-6;ARR-1;01-04-2026;30-04-2026;1;10;',
      'RAP-7;ARR-1;01-04-2026;30-04-2026;2;20;',
      'RAP-8;ARR-2;01-04-2026;30-04-2026;1;10;',
    ].join('\n');
    const before = await counts();
    const { status, body } = await send('repCare', 'rapportages', csv, true);
    expect(status).toBe(200);
    expect(body.lines.map((l) => [l.line, l.result, l.problems.map((p) => p.code)])).toEqual([
      [2, 'CREATE', []],
      [3, 'REFUSED', ['DUPLICATE']],
      [4, 'CREATE', []],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("refuses a report on an unknown or another provider's arrangement, and a rule of the service, storing nothing", async () => {
    const before = await counts();
    const csv = [
      HEAD,
      'RAP-3;ARR-404;01-05-2026;31-05-2026;1;10;',
      // An arrangement that has not started (ARR-3 is REQUESTED).
      'RAP-4;ARR-3;01-05-2026;31-05-2026;1;10;',
      // More hours than the period has.
      'RAP-5;ARR-2;01-06-2026;01-06-2026;25;10;',
    ].join('\n');
    const { status, body } = await send('repCare', 'rapportages', csv, false);
    expect(status).toBe(422);
    expect(body.lines.map((l) => [l.line, l.result, l.problems.map((p) => p.column)])).toEqual([
      [2, 'REFUSED', ['kenmerk_arrangement']],
      [3, 'REFUSED', ['kenmerk_arrangement']],
      [4, 'REFUSED', ['uren']],
    ]);
    // The welfare provider cannot report on care's arrangements by their kenmerk.
    const foreign = await send('repWelfare', 'rapportages', [HEAD, 'RAP-W;ARR-1;01-05-2026;31-05-2026;1;10;'].join('\n'), false);
    expect(foreign.status).toBe(422);
    expect(foreign.body.lines[0]!.problems[0]!.text).toBe(
      'Regel 2, kolom ‘kenmerk_arrangement’: Er is geen arrangement van u met dit kenmerk geïmporteerd.',
    );
    expect(await counts()).toEqual(before);
  });
});

describe('refusals of the file and the caller', () => {
  it.each([
    ['an unknown column', 'kenmerk;leeftijd\nA;3', 'Het bestand: De kolom ‘leeftijd’ is onbekend. Gebruik de kolommen van het sjabloon.'],
    ['a missing column', 'kenmerk;clientsleutel\nA;B', 'Het bestand: De kolom ‘productcategorie’ ontbreekt. Gebruik de kolommen van het sjabloon.'],
    ['only a header', `${ARRANGEMENTS_HEAD}\n`, 'Het bestand: Het bestand heeft geen regels onder de kopregel.'],
  ])('refuses %s as a whole (422), storing nothing', async (_what, csv, text) => {
    const before = await counts();
    const { status, body } = await send('repCare', 'arrangementen', csv, false);
    expect(status).toBe(422);
    expect(body.fileProblem!.text).toBe(text);
    expect(await counts()).toEqual(before);
  });

  it('refuses a binary file (415) and one above 5 MB (413)', async () => {
    const before = await counts();
    const binary = await fetch(`${t.app.url}/import/arrangementen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.login('repCare')}` },
      body: uploadForm({}, { bytes: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), name: 'a.csv' }),
    });
    expect(binary.status).toBe(415);
    const big = await send('repCare', 'arrangementen', `${ARRANGEMENTS_HEAD}\n${'x'.repeat(5 * 1024 * 1024)}`, false);
    expect(big.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['the regisseur', 'regisseur', 403],
    ['the analyst', 'analyst', 403],
    ['a participant', 'council', 403],
    ['nobody signed in', null, 401],
  ] as const)('refuses %s, storing nothing', async (_who, user, code) => {
    const before = await counts();
    const { status } = await send(user, 'arrangementen', ARRANGEMENTS, false);
    expect(status).toBe(code);
    expect(await counts()).toEqual(before);
  });
});
