import { gid, startTestApp, type TestApp } from '../support/test-app';

/** Proposals and quarter accountability as CSV through the export route: same sign-in, same limits as GraphQL. */

let t: TestApp;
const get = async (path: string, who: Parameters<TestApp['login']>[0] | null) =>
  fetch(`${t.app.url}${path}`, { headers: who === null ? {} : { authorization: `Bearer ${await t.login(who)}` } });
const lines = async (res: Response) => (await res.text()).trim().split('\n');
let proposalId = 0;

beforeAll(async () => {
  t = await startTestApp();
  const { municipalityId: m, users, providers } = t.fixture;
  const [decision] = await t.db.query<{ id: number }>(
    `INSERT INTO decision (municipality_id, kind, decided_on, outcome, text, votes_for, votes_against, minority_position)
     VALUES ($1, 'PROPOSAL', '2026-03-10', 'ADOPTED', 'Aangenomen.', 6, 1, 'Liever later.') RETURNING id`,
    [m],
  );
  const [p] = await t.db.query<{ id: number }>(
    `INSERT INTO proposal (municipality_id, title, submitted_on, submitted_by_user_id, status, decision_id, council_checked_on, council_verdict)
     VALUES ($1, '=SUM(A1:A9) buurthuis', '2026-02-01', $2, 'DECIDED', $3, '2026-03-20', 'CONCERNS') RETURNING id`,
    [m, users.regisseur, decision!.id],
  );
  proposalId = p!.id;
  await t.db.query(`INSERT INTO proposal (municipality_id, title, submitted_on, submitted_by_user_id) VALUES ($1, 'Vorig jaar', '2025-06-01', $2)`, [
    m,
    users.regisseur,
  ]);
  // Care and welfare account for the first quarter of 2026; welfare's report has been reviewed.
  for (const [provider, verdict] of [
    [providers.care, null],
    [providers.welfare, 'ON_TRACK'],
  ] as const) {
    const [plan] = await t.db.query<{ id: number }>(
      `INSERT INTO annual_plan (municipality_id, provider_id, year, status, created_by_user_id, adopted_at, adopted_by_user_id)
       VALUES ($1, $2, 2026, 'ADOPTED', $3, '2026-01-10', $3) RETURNING id`,
      [m, provider, users.regisseur],
    );
    await t.db.query(
      `INSERT INTO quarter_report (municipality_id, plan_id, provider_id, year, quarter, spent_cents_at_submission, submitted_on, submitted_by_user_id,
         reviewed_on, verdict, reviewed_by_user_id, review_actions)
       VALUES ($1, $2, $3, 2026, 1, 125000, '2026-04-08', $4, $5, $6, $7, $8)`,
      [m, plan!.id, provider, users.regisseur, verdict && '2026-04-20', verdict, verdict && users.regisseur, verdict ? ['Wachtlijst bespreken', 'Cijfers delen'] : []],
    );
  }
});
afterAll(async () => {
  await t.close();
});

describe('proposals.csv', () => {
  it('the proposals submitted in the period with their decision and council check; a formula neutralised', async () => {
    const res = await get('/export/proposals.csv?from=2026-01-01&to=2026-12-31', 'regisseur');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="proposals-2026-01-01-2026-12-31.csv"');
    const all = await lines(res);
    expect(all[0]).toBe('id,title,submittedOn,urgent,status,decidedOn,outcome,minorityPosition,feedbackOn,councilCheckedOn,councilVerdict');
    expect(all).toHaveLength(2);
    expect(all[1]).toBe(`${gid('Proposal', proposalId)},'=SUM(A1:A9) buurthuis,2026-02-01,false,DECIDED,2026-03-10,ADOPTED,Liever later.,,2026-03-20,CONCERNS`);
  });

  it('as NDJSON for an analyst too', async () => {
    const res = await get('/export/proposals.ndjson?from=2025-01-01&to=2026-12-31', 'analyst');
    expect((await lines(res)).map((l) => (JSON.parse(l) as { title: string }).title)).toEqual(['Vorig jaar', '=SUM(A1:A9) buurthuis']);
  });

  it('a participant is refused, nothing is sent', async () => {
    const res = await get('/export/proposals.csv?from=2026-01-01&to=2026-12-31', 'resident');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('buurthuis');
  });
});

describe('quarter-reports.csv', () => {
  const header = 'id,provider,year,quarter,submittedOn,spentCents,reviewedOn,verdict,reviewRemarks,reviewActions';

  it("the regisseur: every provider's accountability of the quarters in the period, with the review", async () => {
    const all = await lines(await get('/export/quarter-reports.csv?from=2026-01-01&to=2026-12-31', 'regisseur'));
    expect(all[0]).toBe(header);
    expect(all.slice(1).map((l) => l.split(',').slice(1, 8).join(','))).toEqual([
      'Zorggroep Test,2026,1,2026-04-08,125000,,',
      'Welzijn Test,2026,1,2026-04-08,125000,2026-04-20,ON_TRACK',
    ]);
    expect(all[2]).toContain('Wachtlijst bespreken | Cijfers delen');
  });

  it("a provider's representative: only their own provider's, as in GraphQL", async () => {
    const all = await lines(await get('/export/quarter-reports.csv?from=2026-01-01&to=2026-03-31', 'repCare'));
    expect(all).toHaveLength(2);
    expect(all[1]).toContain('Zorggroep Test');
  });

  it('a period without the quarter (submitted in it, but of the quarter before): only the header; without a token: 401', async () => {
    expect(await lines(await get('/export/quarter-reports.csv?from=2026-04-01&to=2026-12-31', 'regisseur'))).toEqual([header]);
    expect((await get('/export/quarter-reports.csv?from=2026-01-01&to=2026-12-31', null)).status).toBe(401);
  });
});
