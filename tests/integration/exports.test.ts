import { insertArrangement } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
const get = async (path: string, token: string | null) =>
  fetch(`${t.app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  t = await startTestApp({ convenantInForce: true });
  const { municipalityId, providers } = t.fixture;
  // A provider name that a spreadsheet would run as a formula.
  await t.db.query(`UPDATE provider SET name = '=HYPERLINK("http://evil.example","klik")' WHERE id = $1`, [providers.volunteer]);
  for (let i = 0; i < 6; i++) await insertArrangement(t.db, { municipalityId, providerId: providers.care, clientKey: `K-SECRET-CARE-${i}` });
  await insertArrangement(t.db, { municipalityId, providerId: providers.volunteer, clientKey: 'K-SECRET-VOL' });
});
afterAll(async () => {
  await t.close();
});

describe('exports: CSV and NDJSON with the same permissions and disclosure control as GraphQL: the files', () => {
  it('arrangements.csv: UTF-8 with BOM, a header, ISO dates, pseudonyms and never a client key', async () => {
    const res = await get('/export/arrangements.csv?from=2026-01-01&to=2026-06-30', await t.login('regisseur'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="arrangements-2026-01-01-2026-06-30.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe(
      'id,pseudonym,providerId,provider,status,form,productCategory,requestedOn,startsOn,endedOn,endReason,goalAttainment,hoursPerWeek,plannedCostCents,realisedCostCents',
    );
    expect(lines).toHaveLength(8);
    expect(text).not.toContain('K-SECRET');
    expect(lines[1]).toMatch(/,2026-01-05,2026-01-10,/);
    // The formula is neutralised.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(text).not.toMatch(/,"?=HYPERLINK/);
  });

  it('arrangements.csv for analysts: only records of groups of at least 5, dated to the month (docs/disclosure-control.md)', async () => {
    const text = await (await get('/export/arrangements.csv?from=2026-01-01&to=2026-06-30', await t.login('analyst'))).text();
    const lines = text.trim().split('\n');
    // The six of the care provider share provider, category, start and end month; the volunteer's one is alone.
    expect(lines).toHaveLength(7);
    expect(text).not.toContain('K-SECRET');
    expect(text).not.toContain('HYPERLINK');
    for (const line of lines.slice(1)) expect(line).toMatch(/,2026-01-01,2026-01-01,/);
  });

  it('separator=semicolon for Dutch Excel', async () => {
    const res = await get('/export/arrangements.csv?from=2026-01-01&to=2026-06-30&separator=semicolon', await t.login('regisseur'));
    // fetch's text() drops the byte order mark.
    const text = await res.text();
    expect(text.split('\n')[0]).toBe(
      'id;pseudonym;providerId;provider;status;form;productCategory;requestedOn;startsOn;endedOn;endReason;goalAttainment;hoursPerWeek;plannedCostCents;realisedCostCents',
    );
  });

  it('arrangements.ndjson: one JSON object per line; a representative gets only their own', async () => {
    const res = await get('/export/arrangements.ndjson?from=2026-01-01&to=2026-06-30', await t.login('repCare'));
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const records = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toHaveLength(6);
    expect(new Set(records.map((r) => r.provider))).toEqual(new Set(['Zorggroep Test']));
    expect(Object.keys(records[0]!)).not.toContain('clientKey');
    // NEN 7513: the representative's export is logged as reading those records.
    expect(await t.count('access_log')).toBe(6);
  });

  it('overview.csv protects small counts for analysts, not for the regisseur', async () => {
    const analyst = await (await get('/export/overview.csv?from=2026-01-01&to=2026-06-30&separator=semicolon', await t.login('analyst'))).text();
    const volunteerRow = analyst.split('\n').find((l) => l.startsWith('provider;') && l.includes('HYPERLINK'))!;
    // active is 1: shown perturbed (1 to 6, never 0); its cost per arrangement is left out when the published count is below 5.
    const active = Number(volunteerRow.split(';')[2]);
    expect(active).toBeGreaterThanOrEqual(1);
    expect(active).toBeLessThanOrEqual(6);
    expect(volunteerRow.trim().split(';').pop()!.split(' ').includes('costPerArrangementCents')).toBe(active < 5);
    const regisseur = await (await get('/export/overview.csv?from=2026-01-01&to=2026-06-30&separator=semicolon', await t.login('regisseur'))).text();
    const exact = regisseur.split('\n').find((l) => l.startsWith('provider;') && l.includes('HYPERLINK'))!;
    expect(exact.split(';')[2]).toBe('1');
    expect(regisseur.split('\n')[0]).toMatch(/^level;key;active;new;ended/);
  });
});

describe('exports: CSV and NDJSON with the same permissions and disclosure control as GraphQL: refusals', () => {
  it('refuses without a token, and names a bad date', async () => {
    const anonymous = await get('/export/arrangements.csv?from=2026-01-01&to=2026-06-30', null);
    expect(anonymous.status).toBe(401);
    const bad = await get('/export/arrangements.csv?from=2026-02-30&to=2026-06-30', await t.login('analyst'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      errors: [{ message: '"from" must be a date as YYYY-MM-DD.', extensions: { code: 'BAD_USER_INPUT', field: 'from' } }],
    });
    const reversed = await get('/export/overview.ndjson?from=2026-06-30&to=2026-01-01', await t.login('analyst'));
    expect(reversed.status).toBe(400);
  });
});
