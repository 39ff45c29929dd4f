import { maatwerkFigures } from '../../api/src/modules/maatwerk/maatwerk.rules';
import { uploadForm } from '../support/files';
import type { FixtureUser } from '../support/fixture';
import { insertArrangement, insertConvenantInForce, insertReport } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Maatwerk figures of the Wmo administration: the regisseur's CSV import (dry run per line, Dutch errors naming line and
 * column, all or nothing, a month in the file replaces that month, audited) and `maatwerkSeries`, the substitution curve
 * beside the algemene voorziening (the overview's own series), exact for the regisseur and protected for analysts.
 */
let t: TestApp;

interface Answer {
  dryRun: boolean;
  imported: boolean;
  created: number;
  replaced: number;
  refused: number;
  months: string[];
  replacedMonths: string[];
  fileProblem: { column: string | null; text: string } | null;
  lines: { line: number; month: string | null; result: string; problems: { column: string | null; code: string; text: string }[] }[];
}

const HEAD = 'maand;voorziening;clienten;kosten;nieuwe_clienten';
const FIRST_QUARTER = [
  HEAD,
  '2026-01;begeleiding_individueel;40;60.000,00;4',
  '2026-01;begeleiding_groep;20;12.000,00;',
  '2026-02;begeleiding_individueel;38;57.000,00;2',
  '2026-02;begeleiding_groep;19;11.400,00;',
  '2026-03;begeleiding_individueel;36;54.000,00;1',
  '2026-03;dagbesteding;10;8.000,00;0',
].join('\r\n');

async function send(user: FixtureUser | null, csv: string, dryRun: boolean, name = 'wmo-2026.csv') {
  const headers: Record<string, string> = user === null ? {} : { authorization: `Bearer ${await t.login(user)}` };
  const res = await fetch(`${t.app.url}/import/maatwerk${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers,
    body: uploadForm({}, { bytes: Buffer.from(csv, 'utf8'), name }),
  });
  return { status: res.status, body: (await res.json()) as Answer };
}

const stored = () =>
  t.db.query<{ month: string; provision: string; clients: number; cost: number; fresh: number | null }>(
    `SELECT to_char(m.month, 'YYYY-MM') AS month, m.provision::text AS provision, clients, cost_cents::int AS cost, new_clients AS fresh
       FROM maatwerk_month m ORDER BY m.month, m.provision`,
  );
const counts = async () => ({ months: await t.count('maatwerk_month'), imports: await t.count('maatwerk_import') });

const SERIES = `query ($period: PeriodInput!, $granularity: MaatwerkInterval) {
  maatwerkSeries(period: $period, granularity: $granularity) {
    buckets { periodStart periodEnd monthsLoaded maatwerk { clients costCents newClients }
      byProvision { provision clients costCents newClients }
      algemeneVoorziening { periodStart periodEnd uniqueResidents costCents arrangements { active new } } }
    loadedMonths { month rows fileName importedBy } } }`;
const OVERVIEW_SERIES = `query ($period: PeriodInput!) { overview(period: $period) {
  uniqueResidents costCents arrangements { active new }
  series(interval: QUARTER) { periodStart periodEnd uniqueResidents costCents arrangements { active new } } } }`;

interface Figures {
  clients: number;
  costCents: number;
  newClients: number | null;
}
interface Series {
  maatwerkSeries: {
    buckets: {
      periodStart: string;
      periodEnd: string;
      monthsLoaded: number;
      maatwerk: Figures;
      byProvision: (Figures & { provision: string })[];
      algemeneVoorziening: Record<string, unknown>;
    }[];
    loadedMonths: { month: string; rows: number; fileName: string; importedBy: string }[] | null;
  };
}
const FIRST_HALF = { from: '2026-01-01', to: '2026-06-15' };
const series = async (user: FixtureUser, granularity: string, period = FIRST_HALF) =>
  t.gql<Series>(SERIES, { period, granularity }, await t.login(user));

beforeAll(async () => {
  t = await startTestApp();
  const { municipalityId, providers, users } = t.fixture;
  await insertConvenantInForce(t.db, municipalityId, [providers.care, providers.welfare]);
  // The algemene voorziening beside it: a few arrangements with reports in the first half of 2026.
  for (const [i, startsOn] of ['2026-01-10', '2026-02-03', '2026-04-20', '2026-05-02'].entries()) {
    const providerId = i % 2 === 0 ? providers.care : providers.welfare;
    const arrangementId = await insertArrangement(t.db, {
      municipalityId,
      providerId,
      clientKey: `K-AV-${String(i)}`,
      startsOn,
      requestedOn: '2026-01-02',
    });
    await insertReport(t.db, {
      municipalityId,
      providerId,
      arrangementId,
      userId: users.repCare,
      periodStart: startsOn,
      periodEnd: startsOn,
      costCents: 10000 * (i + 1),
    });
  }
});
afterAll(async () => {
  await t.close();
});

describe('the template', () => {
  it('is a download with the Dutch headers, no sign-in needed', async () => {
    const res = await fetch(`${t.app.url}/import/maatwerk/sjabloon.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="sjabloon-maatwerk.csv"');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${HEAD}`);
  });
});

describe('import', () => {
  it('a dry run answers per line what would happen, and stores nothing', async () => {
    const { status, body } = await send('regisseur', FIRST_QUARTER, true);
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, imported: false, created: 6, replaced: 0, refused: 0, months: ['2026-01', '2026-02', '2026-03'] });
    expect(body.lines.map((l) => [l.line, l.month, l.result])).toEqual([
      [2, '2026-01-01', 'CREATE'],
      [3, '2026-01-01', 'CREATE'],
      [4, '2026-02-01', 'CREATE'],
      [5, '2026-02-01', 'CREATE'],
      [6, '2026-03-01', 'CREATE'],
      [7, '2026-03-01', 'CREATE'],
    ]);
    expect(await counts()).toEqual({ months: 0, imports: 0 });
  });

  it('a file with a refused line stores nothing and names line and column in Dutch', async () => {
    const csv = [
      HEAD,
      '2026-04;begeleiding_individueel;35;52.500,00;',
      '2026-13;jeugdhulp;-3;1.250;',
      '2026-04;begeleiding_individueel;1;1;',
      '2099-12;vervoer;1;1;',
    ].join('\n');
    const { status, body } = await send('regisseur', csv, false);
    expect(status).toBe(422);
    expect(body).toMatchObject({ imported: false, created: 1, refused: 3 });
    expect(body.lines[1]?.problems.map((p) => p.text)).toEqual([
      'Regel 3, kolom ‘maand’: Vul een maand in als jjjj-mm, bijvoorbeeld 2026-01.',
      'Regel 3, kolom ‘voorziening’: Kies een voorziening uit het sjabloon: begeleiding_individueel, begeleiding_groep, dagbesteding, kortdurend_verblijf, huishoudelijke_ondersteuning, hulpmiddelen_en_wonen, vervoer of overig.',
      'Regel 3, kolom ‘clienten’: Vul een heel getal in van nul of meer.',
      'Regel 3, kolom ‘kosten’: Vul een bedrag in euro’s in van nul of meer, met hoogstens twee decimalen (bijvoorbeeld 61.250,00).',
    ]);
    expect(body.lines[2]?.problems.map((p) => p.text)).toEqual([
      'Regel 4, kolom ‘voorziening’: Deze maand en voorziening staan al op een eerdere regel van het bestand. Tel ze op tot één regel.',
    ]);
    // A month still to come has no figures yet.
    expect(body.lines[3]?.problems.map((p) => p.text)).toEqual([
      'Regel 5, kolom ‘maand’: Deze maand is nog niet voorbij: vul een maand in tot en met de huidige.',
    ]);
    expect(await counts()).toEqual({ months: 0, imports: 0 });
  });

  it('a file with unknown columns is refused as a whole', async () => {
    const { status, body } = await send('regisseur', 'maand;voorziening;aantal;kosten\n2026-01;vervoer;1;1', false);
    expect(status).toBe(422);
    expect(body.fileProblem?.text).toBe('Het bestand: De kolom ‘aantal’ is onbekend. Gebruik de kolommen van het sjabloon.');
    expect(await counts()).toEqual({ months: 0, imports: 0 });
  });

  it('stores the file with its import record, audited', async () => {
    const audit = await t.count('audit_log');
    const { status, body } = await send('regisseur', `\uFEFF${FIRST_QUARTER}`, false);
    expect(status).toBe(201);
    expect(body).toMatchObject({ imported: true, created: 6, months: ['2026-01', '2026-02', '2026-03'], replacedMonths: [] });
    expect(await stored()).toEqual([
      { month: '2026-01', provision: 'BEGELEIDING_INDIVIDUEEL', clients: 40, cost: 6000000, fresh: 4 },
      { month: '2026-01', provision: 'BEGELEIDING_GROEP', clients: 20, cost: 1200000, fresh: null },
      { month: '2026-02', provision: 'BEGELEIDING_INDIVIDUEEL', clients: 38, cost: 5700000, fresh: 2 },
      { month: '2026-02', provision: 'BEGELEIDING_GROEP', clients: 19, cost: 1140000, fresh: null },
      { month: '2026-03', provision: 'BEGELEIDING_INDIVIDUEEL', clients: 36, cost: 5400000, fresh: 1 },
      { month: '2026-03', provision: 'DAGBESTEDING', clients: 10, cost: 800000, fresh: 0 },
    ]);
    const [record] = await t.db.query<{ file_name: string; months: string[]; row_count: number; imported_by_user_id: number }>(
      `SELECT file_name, to_json(months::text[]) AS months, row_count, imported_by_user_id FROM maatwerk_import`,
    );
    expect(record).toEqual({
      file_name: 'wmo-2026.csv',
      months: ['2026-01-01', '2026-02-01', '2026-03-01'],
      row_count: 6,
      imported_by_user_id: t.fixture.users.regisseur,
    });
    expect(await t.count('audit_log')).toBe(audit + 7);
  });

  it('re-importing a month replaces every row of that month, and the trail keeps the replaced figures', async () => {
    const dry = await send('regisseur', `${HEAD}\n2026-02;begeleiding_individueel;30;45.000,00;`, true);
    expect(dry.body).toMatchObject({ created: 0, replaced: 1, replacedMonths: ['2026-02'] });
    const { status, body } = await send('regisseur', `${HEAD}\n2026-02;begeleiding_individueel;30;45.000,00;`, false, 'correctie-februari.csv');
    expect(status).toBe(201);
    expect(body).toMatchObject({ imported: true, replaced: 1, replacedMonths: ['2026-02'] });
    expect((await stored()).filter((r) => r.month === '2026-02')).toEqual([
      { month: '2026-02', provision: 'BEGELEIDING_INDIVIDUEEL', clients: 30, cost: 4500000, fresh: null },
    ]);
    expect(await t.count('maatwerk_month')).toBe(5);
    const removed = await t.db.query<{ clients: number; provision: string; user_id: number }>(
      `SELECT (before->>'clients')::int AS clients, before->>'provision' AS provision, user_id FROM audit_log
        WHERE table_name = 'maatwerk_month' AND operation = 'DELETE' ORDER BY id`,
    );
    expect(removed).toEqual([
      { clients: 38, provision: 'BEGELEIDING_INDIVIDUEEL', user_id: t.fixture.users.regisseur },
      { clients: 19, provision: 'BEGELEIDING_GROEP', user_id: t.fixture.users.regisseur },
    ]);
  });

  it.each([
    ['a representative', 'repCare', 403],
    ['the analyst', 'analyst', 403],
    ['a participant', 'council', 403],
    ['nobody signed in', null, 401],
  ] as const)('is refused for %s, storing nothing', async (_who, user, code) => {
    const before = await counts();
    const { status } = await send(user, `${HEAD}\n2026-05;vervoer;3;300;`, false);
    expect(status).toBe(code);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const before = await counts();
    const res = await fetch(`${t.app.url}/import/maatwerk`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.login('regisseur')}` },
      body: uploadForm({}, { bytes: Buffer.from([0x00, 0xff, 0x10, 0x00]), name: 'wmo.xlsx' }),
    });
    expect(res.status).toBe(415);
    expect(await counts()).toEqual(before);
  });
});

describe('maatwerkSeries', () => {
  it('per quarter: the average of the monthly counts, cost and new clients summed, beside the overview series', async () => {
    const { data, errors } = await series('regisseur', 'QUARTER');
    expect(errors).toBeUndefined();
    const [q1, q2] = data!.maatwerkSeries.buckets;
    // Q1 after the correction of February: individueel 40, 30, 36; groep 20 (January); dagbesteding 10 (March).
    expect(q1).toMatchObject({
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      monthsLoaded: 3,
      maatwerk: { clients: Math.round((40 + 20 + 30 + 36 + 10) / 3), costCents: 6000000 + 1200000 + 4500000 + 5400000 + 800000, newClients: 5 },
      byProvision: [
        { provision: 'BEGELEIDING_INDIVIDUEEL', clients: 35, costCents: 15900000, newClients: 5 },
        { provision: 'BEGELEIDING_GROEP', clients: 7, costCents: 1200000, newClients: null },
        { provision: 'DAGBESTEDING', clients: 3, costCents: 800000, newClients: 0 },
      ],
    });
    expect(q2).toMatchObject({
      periodStart: '2026-04-01',
      periodEnd: '2026-06-15',
      monthsLoaded: 0,
      maatwerk: { clients: 0, costCents: 0, newClients: null },
      byProvision: [],
    });
    const overview = await t.gql<{ overview: { series: Record<string, unknown>[] } }>(
      OVERVIEW_SERIES,
      { period: FIRST_HALF },
      await t.login('regisseur'),
    );
    expect(data!.maatwerkSeries.buckets.map((b) => b.algemeneVoorziening)).toEqual(overview.data!.overview.series);
    expect(overview.data!.overview.series.map((s) => (s.arrangements as { active: number }).active)).toEqual([2, 4]);
  });

  it('per month and per year: the same months, other buckets; a year is the overview of that year', async () => {
    const months = (await series('regisseur', 'MONTH')).data!.maatwerkSeries.buckets;
    expect(months.map((b) => [b.periodStart, b.maatwerk.clients, b.maatwerk.costCents])).toEqual([
      ['2026-01-01', 60, 7200000],
      ['2026-02-01', 30, 4500000],
      ['2026-03-01', 46, 6200000],
      ['2026-04-01', 0, 0],
      ['2026-05-01', 0, 0],
      ['2026-06-01', 0, 0],
    ]);
    const period = { from: '2025-01-01', to: '2026-06-15' };
    const years = (await series('regisseur', 'YEAR', period)).data!.maatwerkSeries.buckets;
    expect(years.map((b) => [b.periodStart, b.periodEnd, b.monthsLoaded, b.maatwerk.clients])).toEqual([
      ['2025-01-01', '2025-12-31', 0, 0],
      ['2026-01-01', '2026-06-15', 3, 45],
    ]);
    const overview = await t.gql<{ overview: Record<string, unknown> }>(OVERVIEW_SERIES, { period: FIRST_HALF }, await t.login('regisseur'));
    const { uniqueResidents, costCents, arrangements } = overview.data!.overview;
    expect(years[1]?.algemeneVoorziening).toMatchObject({ uniqueResidents, costCents, arrangements });
  });

  it('gives the regisseur the months loaded, when and by whom', async () => {
    const { data } = await series('regisseur', 'QUARTER');
    expect(data!.maatwerkSeries.loadedMonths).toEqual([
      { month: '2026-01', rows: 2, fileName: 'wmo-2026.csv', importedBy: 'Regisseur Test' },
      { month: '2026-02', rows: 1, fileName: 'correctie-februari.csv', importedBy: 'Regisseur Test' },
      { month: '2026-03', rows: 2, fileName: 'wmo-2026.csv', importedBy: 'Regisseur Test' },
    ]);
  });

  it('gives analysts the cell key method applied to the truth and the sum of the record keys; the other side is their overview series', async () => {
    const { data, errors } = await series('analyst', 'QUARTER');
    expect(errors).toBeUndefined();
    expect(data!.maatwerkSeries.loadedMonths).toBeNull();
    const truth = await t.db.query<{ provision: string | null; clientSum: number; costCents: number; newClients: number | null; keySum: string }>(
      `SELECT provision::text, sum(clients)::int AS "clientSum", sum(cost_cents)::int AS "costCents", sum(new_clients)::int AS "newClients",
              (sum(record_key) % 4294967296)::text AS "keySum"
         FROM maatwerk_month WHERE month BETWEEN '2026-01-01' AND '2026-03-01' GROUP BY GROUPING SETS ((provision), ()) ORDER BY provision`,
    );
    const expected = (p: string | null) => {
      const row = truth.find((r) => r.provision === p)!;
      return maatwerkFigures({ ...row, monthsLoaded: 3 }, true);
    };
    const [q1] = data!.maatwerkSeries.buckets;
    expect(q1!.maatwerk).toEqual(expected(null));
    expect(q1!.byProvision).toEqual(
      ['BEGELEIDING_INDIVIDUEEL', 'BEGELEIDING_GROEP', 'DAGBESTEDING'].map((provision) => ({ provision, ...expected(provision) })),
    );
    // Not the regisseur's exact figures (a protected 3 is never shown as 0; here at least one of the cells moved).
    const exact = (await series('regisseur', 'QUARTER')).data!.maatwerkSeries.buckets[0]!;
    expect(q1!.byProvision.every((p) => p.clients > 0)).toBe(true);
    expect([q1!.maatwerk, ...q1!.byProvision]).not.toEqual([exact.maatwerk, ...exact.byProvision]);
    const overview = await t.gql<{ overview: { series: Record<string, unknown>[] } }>(
      OVERVIEW_SERIES,
      { period: FIRST_HALF },
      await t.login('analyst'),
    );
    expect(data!.maatwerkSeries.buckets.map((b) => b.algemeneVoorziening)).toEqual(overview.data!.overview.series);
  });

  it.each([
    ['a representative', 'repCare'],
    ['a participant', 'council'],
  ] as const)('is refused for %s', async (_who, user) => {
    const { data, errors } = await series(user, 'QUARTER');
    expect(data?.maatwerkSeries).toBeFalsy();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const { errors } = await series('regisseur', 'QUARTER', { from: '2026-06-01', to: '2026-01-01' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
  });
});
