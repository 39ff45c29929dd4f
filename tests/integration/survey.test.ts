import { createHash } from 'node:crypto';
import { messageText } from '@regiekamer/texts';
import { asAppRole } from '../support/app-role';
import { insertArrangement } from '../support/factories';
import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * The Wmo client experience survey (#22): a representative issues a one-time code for an arrangement, the resident
 * answers without signing in, once, within 60 days; the answer keeps provider, category and year only; the results
 * hide cells below 10 responses and what would give them away; open answers are the regisseur's only. Today is
 * 2026-06-15.
 */

let t: TestApp;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
  const { municipalityId: m, providers: p } = t.fixture;
  ids.running = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, clientKey: 'K-LOOPT' });
  ids.running2 = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, clientKey: 'K-LOOPT-2' });
  ids.running3 = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, clientKey: 'K-LOOPT-3' });
  ids.running4 = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, clientKey: 'K-LOOPT-4' });
  ids.requested = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, status: 'REQUESTED', startsOn: null });
  ids.ended = await insertArrangement(t.db, { municipalityId: m, providerId: p.care, clientKey: 'K-KLAAR' });
  await t.db.query(`UPDATE arrangement SET status = 'ENDED', ended_on = '2026-06-01', end_reason = 'GOALS_ACHIEVED' WHERE id = $1`, [ids.ended]);
  ids.welfare = await insertArrangement(t.db, { municipalityId: m, providerId: p.welfare, clientKey: 'K-WELZIJN' });
});
afterAll(async () => {
  await t.close();
});

interface Issued {
  code: string;
  path: string;
  issuedOn: string;
  expiresOn: string;
}
const ISSUE = `mutation ($id: ID!) { surveyCodeIssue(arrangementId: $id) { issued { code path issuedOn expiresOn } ${USER_ERRORS} } }`;
const CODES = `query ($id: ID!) { surveyCodes(arrangementId: $id) { issuedOn expiresOn used expired } }`;
const STATE = `query ($code: String!) { surveyCode(code: $code) { status expiresOn } }`;
const SUBMIT = `mutation ($input: SurveySubmitInput!) { surveySubmit(input: $input) { accepted ${USER_ERRORS} } }`;

async function issue(user: FixtureUser, arrangementId: number) {
  const res = await (await t.as(user))<{ surveyCodeIssue: { issued: Issued | null; userErrors: UserErrorView[] } }>(ISSUE, {
    id: gid('Arrangement', arrangementId),
  });
  return res;
}
async function issued(arrangementId: number): Promise<string> {
  const res = await issue('repCare', arrangementId);
  expect(res.data?.surveyCodeIssue.userErrors).toEqual([]);
  return res.data!.surveyCodeIssue.issued!.code;
}
const state = async (code: string) => (await t.gql<{ surveyCode: { status: string; expiresOn: string | null } }>(STATE, { code })).data?.surveyCode;
const ALL_AGREE = [
  { question: 'TAKEN_SERIOUSLY', answer: 'STRONGLY_AGREE' },
  { question: 'QUALITY_GOOD', answer: 'AGREE' },
  { question: 'MANAGE_BETTER', answer: 'DONT_KNOW' },
];
async function submit(code: string, answers: unknown[] = ALL_AGREE, openAnswer: string | null = null) {
  return t.gql<{ surveySubmit: { accepted: boolean; userErrors: UserErrorView[] } }>(SUBMIT, { input: { code, answers, openAnswer } });
}
const answers = () => t.count('survey_answer');

describe('issuing a code: a representative, for an arrangement of their own provider', () => {
  it('returns the code once, readable and grouped, with its address and expiry 60 days on; only its hash is stored', async () => {
    const before = await t.count('survey_code');
    const res = await issue('repCare', ids.running!);
    const got = res.data!.surveyCodeIssue.issued!;
    expect(got.code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(got).toEqual({ code: got.code, path: `/ervaring/${got.code}`, issuedOn: '2026-06-15', expiresOn: '2026-08-14' });
    expect(await t.count('survey_code')).toBe(before + 1);
    const [row] = await t.db.query(`SELECT * FROM survey_code WHERE arrangement_id = $1`, [ids.running]);
    const hash = createHash('sha256').update(`survey:${got.code.replace('-', '')}`).digest();
    expect((row!.code_hash as Buffer).equals(hash)).toBe(true);
    // Nowhere in the row, nor in the audit trail of issuing it, is the code itself.
    expect(JSON.stringify(row)).not.toContain(got.code.replace('-', ''));
    const audit = await t.db.query<{ after: unknown }>(`SELECT after FROM audit_log WHERE table_name = 'survey_code'`);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(got.code.replace('-', ''));
  });

  it('refuses a second code for a running arrangement within 12 months, storing nothing', async () => {
    const before = await t.count('survey_code');
    const res = await issue('repCare', ids.running!);
    expect(res.data!.surveyCodeIssue).toEqual({
      issued: null,
      userErrors: [{ code: 'DUPLICATE', field: 'arrangementId', message: 'This arrangement got a survey code in the last 12 months already.' }],
    });
    expect(await t.count('survey_code')).toBe(before);
  });

  it('gives an ended arrangement one code after its end, and no second', async () => {
    await issued(ids.ended!);
    const before = await t.count('survey_code');
    expect((await issue('repCare', ids.ended!)).data!.surveyCodeIssue.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(await t.count('survey_code')).toBe(before);
  });

  it('refuses a request that has not started, and an arrangement of another provider as not found', async () => {
    const before = await t.count('survey_code');
    expect((await issue('repCare', ids.requested!)).data!.surveyCodeIssue.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect((await issue('repCare', ids.welfare!)).data!.surveyCodeIssue.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await t.count('survey_code')).toBe(before);
  });

  it('is for representatives only: the regisseur and the analyst are refused, nothing stored', async () => {
    const before = await t.count('survey_code');
    for (const user of ['regisseur', 'analyst'] as const) expect(errorCodes(await issue(user, ids.running2!))).toEqual(['FORBIDDEN']);
    expect(await t.count('survey_code')).toBe(before);
  });

  it("lists an arrangement's codes without the code, to its own provider's representative only", async () => {
    const res = await (await t.as('repCare'))<{ surveyCodes: unknown[] }>(CODES, { id: gid('Arrangement', ids.running!) });
    expect(res.data!.surveyCodes).toEqual([{ issuedOn: '2026-06-15', expiresOn: '2026-08-14', used: false, expired: false }]);
    const other = await (await t.as('repWelfare'))<{ surveyCodes: unknown[] }>(CODES, { id: gid('Arrangement', ids.running!) });
    expect(other.data!.surveyCodes).toEqual([]);
    expect(errorCodes(await (await t.as('regisseur'))(CODES, { id: gid('Arrangement', ids.running!) }))).toEqual(['FORBIDDEN']);
  });
});

describe('answering without login: once, within 60 days', () => {
  it('a valid code says so and its expiry date, and nothing more', async () => {
    const code = await issued(ids.running2!);
    expect(await state(code)).toEqual({ status: 'VALID', expiresOn: '2026-08-14' });
    expect(await state(code.toLowerCase().replace('-', ' '))).toEqual({ status: 'VALID', expiresOn: '2026-08-14' });
  });

  it('stores the answer with provider, category and year only, and marks the code used without a time', async () => {
    const code = await issued(ids.running3!);
    const auditBefore = await t.count('audit_log');
    const res = await submit(code, ALL_AGREE, '  Fijn dat Petra er was.  ');
    expect(res.data!.surveySubmit).toEqual({ accepted: true, userErrors: [] });
    const rows = await t.db.query(`SELECT * FROM survey_answer`);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    // The columns there are: nothing that refers to the code or the arrangement, no time, a random id.
    expect(Object.keys(row).sort()).toEqual(['id', 'masked_text', 'municipality_id', 'open_text', 'product_category', 'provider_id', 'quoted', 'scores', 'year']);
    expect(row).toMatchObject({
      provider_id: t.fixture.providers.care,
      product_category: 'BEGELEIDING',
      year: 2026,
      scores: [0, 0, 5, 0, 4, 0, 0, 0],
      open_text: 'Fijn dat Petra er was.',
      masked_text: null,
      quoted: false,
    });
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [used] = await t.db.query<{ used: boolean }>(`SELECT used FROM survey_code WHERE arrangement_id = $1`, [ids.running3]);
    expect(used!.used).toBe(true);
    // Neither the use of the code nor the answer went into the audit log (its rows carry the time).
    expect(await t.count('audit_log')).toBe(auditBefore);
    expect(await state(code)).toEqual({ status: 'USED', expiresOn: null });
  });

  it('refuses the same code a second time in Dutch, storing nothing', async () => {
    const code = await issued(ids.running4!);
    expect((await submit(code)).data!.surveySubmit.accepted).toBe(true);
    const before = await answers();
    const res = await submit(code);
    expect(res.data!.surveySubmit.accepted).toBe(false);
    const [error] = res.data!.surveySubmit.userErrors;
    expect(error).toMatchObject({ code: 'LINK_USED', field: 'input.code' });
    expect(messageText(error!.message, 'code')).toBe('Met deze code is de vragenlijst al ingevuld. Een code werkt maar één keer.');
    expect(await answers()).toBe(before);
  });

  it('stores one answer when the same code is sent five times at once', async () => {
    const arrangement = await insertArrangement(t.db, { municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers.care });
    const code = await issued(arrangement);
    const before = await answers();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => submit(code)));
    expect(results.filter((r) => r.data?.surveySubmit.accepted).length).toBe(1);
    expect(results.filter((r) => r.data?.surveySubmit.userErrors[0]?.code === 'LINK_USED').length).toBe(4);
    expect(await answers()).toBe(before + 1);
  });

  it('refuses an expired code in Dutch, storing nothing and leaving it unused', async () => {
    const arrangement = await insertArrangement(t.db, { municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers.care });
    const code = await issued(arrangement);
    // Issued 60 days ago: it expires today.
    await t.db.query(`UPDATE survey_code SET issued_on = '2026-04-16', expires_on = '2026-06-15' WHERE arrangement_id = $1`, [arrangement]);
    expect(await state(code)).toEqual({ status: 'EXPIRED', expiresOn: null });
    const before = await answers();
    const res = await submit(code);
    const [error] = res.data!.surveySubmit.userErrors;
    expect(error).toMatchObject({ code: 'LINK_EXPIRED', field: 'input.code' });
    expect(messageText(error!.message, 'code')).toContain('Deze code is verlopen');
    expect(await answers()).toBe(before);
    const [row] = await t.db.query<{ used: boolean }>(`SELECT used FROM survey_code WHERE arrangement_id = $1`, [arrangement]);
    expect(row!.used).toBe(false);
    // The day before it expires it still works.
    await t.db.query(`UPDATE survey_code SET expires_on = '2026-06-16' WHERE arrangement_id = $1`, [arrangement]);
    expect(await state(code)).toEqual({ status: 'VALID', expiresOn: '2026-06-16' });
  });

  it('needs at least one answer, names the field, and leaves the code unused', async () => {
    const arrangement = await insertArrangement(t.db, { municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers.care });
    const code = await issued(arrangement);
    const before = await answers();
    const res = await submit(code, [{ question: 'QUALITY_GOOD', answer: 'DONT_KNOW' }], '   ');
    expect(res.data!.surveySubmit.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'input.answers', message: 'Answer at least one question.' }]);
    expect(await answers()).toBe(before);
    expect(await state(code)).toMatchObject({ status: 'VALID' });
  });

  it('an unknown code is unknown, whatever its form; nothing stored', async () => {
    const before = await answers();
    expect(await state('23456-789AB')).toEqual({ status: 'UNKNOWN', expiresOn: null });
    expect(await state('not a code at all')).toEqual({ status: 'UNKNOWN', expiresOn: null });
    expect((await submit('23456-789AB')).data!.surveySubmit.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await answers()).toBe(before);
  });
});

const RESULTS = `query ($year: Int!, $p: ID) { surveyResults(year: $year, providerId: $p) {
  year final threshold
  total { responses hidden questions { question answered shareAgreeing hidden } }
  byProvider { provider { id } responses hidden questions { question answered shareAgreeing hidden } }
  byCategory { productCategory responses hidden questions { question answered shareAgreeing hidden } }
  suppressed { provider { id } productCategory total question reason }
  codes { provider { id } issued used responseRate } } }`;
interface QuestionResult {
  question: string;
  answered: number | null;
  shareAgreeing: number | null;
  hidden: string | null;
}
interface CellView {
  provider?: { id: string } | null;
  productCategory?: string | null;
  responses: number | null;
  hidden: string | null;
  questions: QuestionResult[];
}
interface ResultsView {
  year: number;
  final: boolean;
  threshold: number;
  total: CellView;
  byProvider: CellView[];
  byCategory: CellView[];
  suppressed: { provider: { id: string } | null; productCategory: string | null; total: boolean; question: string | null; reason: string }[];
  codes: { provider: { id: string }; issued: number; used: number; responseRate: number | null }[] | null;
}
async function results(user: FixtureUser, year: number, providerId?: number) {
  return (await t.as(user))<{ surveyResults: ResultsView }>(RESULTS, { year, p: providerId === undefined ? null : gid('Provider', providerId) });
}

/** Answers of 2025, stored as the definer function stores them: `agree` of `n` agree with every question, the rest disagree. */
async function seedAnswers(providerId: number, category: string, n: number, agree: number, dontKnowOnLast = 0) {
  for (let i = 0; i < n; i++) {
    const score = i < agree ? 4 : 2;
    const last = i < dontKnowOnLast ? 0 : score;
    await t.db.query(
      `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores, open_text) VALUES (gen_random_uuid(), $1, $2, $3, 2025, $4, $5)`,
      [t.fixture.municipalityId, providerId, category, [score, score, score, score, score, score, score, last], i === 0 ? `Antwoord ${providerId}-${category}` : null],
    );
  }
}

describe('surveyResults: shares agreeing, hand-computed, with suppression below 10 and against the margins', () => {
  beforeAll(async () => {
    const p = t.fixture.providers;
    // care 12 (BEGELEIDING, 9 agree; 3 say "weet ik niet" on the last question), welfare 4 (BEGELEIDING, 4 agree),
    // volunteer 15 (DAGBESTEDING, 6 agree) and 10 (BEGELEIDING, 10 agree).
    await seedAnswers(p.care, 'BEGELEIDING', 12, 9, 3);
    await seedAnswers(p.welfare, 'BEGELEIDING', 4, 4);
    await seedAnswers(p.volunteer, 'DAGBESTEDING', 15, 6);
    await seedAnswers(p.volunteer, 'BEGELEIDING', 10, 10);
  });

  it('shows the total of all providers, hides welfare (4) and, as the next-smallest, care (12)', async () => {
    const res = await results('analyst', 2025);
    expect(res.errors).toBeUndefined();
    const r = res.data!.surveyResults;
    expect([r.year, r.final, r.threshold]).toEqual([2025, true, 10]);
    expect(r.total.responses).toBe(41);
    // Question 1: 9 + 4 + 6 + 10 = 29 agreeing of 41.
    expect(r.total.questions[0]).toEqual({ question: 'KNEW_WHERE_TO_GO', answered: 41, shareAgreeing: 29 / 41, hidden: null });
    // The last question: care's three "weet ik niet" do not count: 29 - 3 of 38 (the three were among the agreeing).
    expect(r.total.questions[7]).toEqual({ question: 'QUALITY_OF_LIFE', answered: 38, shareAgreeing: 26 / 38, hidden: null });
    const byId = Object.fromEntries(r.byProvider.map((c) => [c.provider!.id, c]));
    const p = t.fixture.providers;
    expect(byId[gid('Provider', p.welfare)]).toMatchObject({ responses: null, hidden: 'BELOW_THRESHOLD' });
    expect(byId[gid('Provider', p.welfare)]!.questions.every((q) => q.shareAgreeing === null && q.answered === null)).toBe(true);
    expect(byId[gid('Provider', p.care)]).toMatchObject({ responses: null, hidden: 'MARGIN' });
    expect(byId[gid('Provider', p.volunteer)]).toMatchObject({ responses: 25, hidden: null });
    expect(byId[gid('Provider', p.volunteer)]!.questions[0]).toEqual({ question: 'KNEW_WHERE_TO_GO', answered: 25, shareAgreeing: 16 / 25, hidden: null });
    expect(r.suppressed.filter((s) => s.provider !== null).map((s) => [s.provider!.id, s.question, s.reason])).toEqual([
      [gid('Provider', p.care), null, 'MARGIN'],
      [gid('Provider', p.welfare), null, 'BELOW_THRESHOLD'],
    ]);
    expect(r.codes).toBeNull();
  });

  it('the margin attack (total minus the shown providers) gives care and welfare together, never welfare alone', async () => {
    const r = (await results('analyst', 2025)).data!.surveyResults;
    const agreeing = (c: CellView) => Math.round(c.questions[0]!.shareAgreeing! * c.questions[0]!.answered!);
    const shown = r.byProvider.filter((c) => c.hidden === null);
    const rest = { answered: r.total.questions[0]!.answered! - shown.reduce((s, c) => s + c.questions[0]!.answered!, 0) };
    const restAgreeing = agreeing(r.total) - shown.reduce((s, c) => s + agreeing(c), 0);
    // 16 responses of two providers, 13 agreeing: no single provider's share below 10 responses comes out.
    expect([rest.answered, restAgreeing]).toEqual([16, 13]);
    expect(r.byProvider.filter((c) => c.hidden !== null)).toHaveLength(2);
  });

  it('categories: BEGELEIDING 26 and DAGBESTEDING 15; DAGBESTEDING is all volunteer, but volunteer minus it (10) is no small group', async () => {
    const r = (await results('regisseur', 2025)).data!.surveyResults;
    expect(r.byCategory.map((c) => [c.productCategory, c.responses, c.hidden, c.questions[0]!.shareAgreeing])).toEqual([
      ['BEGELEIDING', 26, null, 23 / 26],
      ['DAGBESTEDING', 15, null, 6 / 15],
    ]);
  });

  it('hides a category that a shown provider would give away by difference', async () => {
    // 2024: volunteer 14 answers, 12 of them DAGBESTEDING (all of that category) and 2 BEGELEIDING; care 20 BEGELEIDING.
    const p = t.fixture.providers;
    await t.db.query(`UPDATE survey_answer SET year = 2024 WHERE year = 2025 AND provider_id = $1 AND product_category = 'DAGBESTEDING'`, [p.volunteer]);
    await t.db.query(`DELETE FROM survey_answer WHERE year = 2024 AND id IN (SELECT id FROM survey_answer WHERE year = 2024 ORDER BY id LIMIT 3)`);
    const [{ n } = { n: 0 }] = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM survey_answer WHERE year = 2024`);
    expect(n).toBe(12);
    await t.db.query(
      `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores)
       SELECT gen_random_uuid(), $1, $2, 'BEGELEIDING', 2024, '{4,4,4,4,4,4,4,4}' FROM generate_series(1, 2)`,
      [t.fixture.municipalityId, p.volunteer],
    );
    await t.db.query(
      `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores)
       SELECT gen_random_uuid(), $1, $2, 'BEGELEIDING', 2024, '{2,2,2,2,2,2,2,2}' FROM generate_series(1, 20)`,
      [t.fixture.municipalityId, p.care],
    );
    const r = (await results('analyst', 2024)).data!.surveyResults;
    // volunteer (14) minus DAGBESTEDING (12) would be volunteer's 2 BEGELEIDING answers: DAGBESTEDING is hidden, and with
    // it BEGELEIDING: care, all of whose answers are BEGELEIDING, is 2 short of it (and the total would give one back).
    expect(r.byProvider.map((c) => [c.responses, c.hidden])).toEqual([
      [20, null],
      [14, null],
    ]);
    expect(r.byCategory.map((c) => [c.productCategory, c.responses, c.hidden])).toEqual([
      ['BEGELEIDING', null, 'MARGIN'],
      ['DAGBESTEDING', null, 'MARGIN'],
    ]);
    expect(r.total.responses).toBe(34);
  });

  it('a year with fewer than 10 responses in all shows no figure at all', async () => {
    await seedAnswersYear(2023, 6);
    const r = (await results('regisseur', 2023)).data!.surveyResults;
    expect(r.total).toMatchObject({ responses: null, hidden: 'BELOW_THRESHOLD' });
    expect(r.byProvider.map((c) => c.hidden)).toEqual(['BELOW_THRESHOLD']);
    expect(r.suppressed.map((s) => [s.total, s.reason])).toContainEqual([true, 'BELOW_THRESHOLD']);
  });

  it("a representative sees their own provider's figures only, hidden below 10 too; another provider is refused", async () => {
    const p = t.fixture.providers;
    const own = (await results('repCare', 2025)).data!.surveyResults;
    expect(own.byProvider.map((c) => [c.provider!.id, c.responses])).toEqual([[gid('Provider', p.care), 12]]);
    expect(own.total.responses).toBe(12);
    expect(own.byCategory.map((c) => [c.productCategory, c.responses])).toEqual([['BEGELEIDING', 12]]);
    const welfare = (await results('repWelfare', 2025)).data!.surveyResults;
    expect(welfare.total).toMatchObject({ responses: null, hidden: 'BELOW_THRESHOLD' });
    expect(errorCodes(await results('repCare', 2025, p.welfare))).toEqual(['FORBIDDEN']);
  });

  it('the regisseur also sees the codes issued and used per provider this year (the response rate)', async () => {
    const r = (await results('regisseur', 2026)).data!.surveyResults;
    const care = r.codes!.find((c) => c.provider.id === gid('Provider', t.fixture.providers.care))!;
    const [counts] = await t.db.query<{ issued: number; used: number }>(
      `SELECT count(*)::int AS issued, count(*) FILTER (WHERE used)::int AS used FROM survey_code WHERE provider_id = $1`,
      [t.fixture.providers.care],
    );
    expect(care).toMatchObject({ issued: counts!.issued, used: counts!.used, responseRate: counts!.used / counts!.issued });
    expect(counts!.used).toBeGreaterThanOrEqual(3);
  });

  it('a running year: the regisseur sees it, analysts and representatives get no figure until it ends', async () => {
    const year = `query ($y: Int!) { surveyResults(year: $y) { final total { responses hidden } byProvider { responses } byCategory { responses } suppressed { reason } } }`;
    // This year's few answers (fewer than 10) are counted for the regisseur, and hidden as any small cell.
    const regisseur = (await (await t.as('regisseur'))<{ surveyResults: unknown }>(year, { y: 2026 })).data!;
    expect(regisseur.surveyResults).toMatchObject({ final: false, total: { responses: null, hidden: 'BELOW_THRESHOLD' } });
    for (const user of ['analyst', 'repCare'] as const) {
      const res = await (await t.as(user))<{ surveyResults: unknown }>(year, { y: 2026 });
      expect(res.data!.surveyResults).toEqual({ final: false, total: { responses: 0, hidden: null }, byProvider: [], byCategory: [], suppressed: [] });
    }
    // An ended year is there for the analyst (41 less the 15 answers moved to 2024 above).
    expect((await results('analyst', 2025)).data!.surveyResults).toMatchObject({ final: true, total: { responses: 26 } });
  });

  it('names a bad year', async () => {
    const res = await results('regisseur', 1900);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

async function seedAnswersYear(year: number, n: number) {
  await t.db.query(
    `INSERT INTO survey_answer (id, municipality_id, provider_id, product_category, year, scores)
     SELECT gen_random_uuid(), $1, $2, 'BEGELEIDING', $3, '{5,5,5,5,5,5,5,5}' FROM generate_series(1, $4::int)`,
    [t.fixture.municipalityId, t.fixture.providers.care, year, n],
  );
}

const OPEN = `query ($year: Int!) { surveyOpenAnswers(year: $year) { id provider { id } year text maskedText quoted } }`;
const MASK = `mutation ($id: ID!, $input: SurveyAnswerMaskInput!) { surveyAnswerMask(answerId: $id, input: $input) {
  answer { id text maskedText quoted } ${USER_ERRORS} } }`;
interface OpenView {
  id: string;
  text: string;
  maskedText: string | null;
  quoted: boolean;
}

describe('open answers: the regisseur only, with masking before quoting', () => {
  it('the regisseur reads the open answers of a year', async () => {
    const res = await (await t.as('regisseur'))<{ surveyOpenAnswers: OpenView[] }>(OPEN, { year: 2026 });
    expect(res.data!.surveyOpenAnswers.map((a) => [a.text, a.maskedText, a.quoted])).toEqual([['Fijn dat Petra er was.', null, false]]);
  });

  it.each(['analyst', 'repCare', 'repWelfare', 'admin'] as const)('%s is refused', async (user) => {
    expect(errorCodes(await (await t.as(user))(OPEN, { year: 2026 }))).toEqual(['FORBIDDEN']);
  });

  it('masks a phrase as [...] and marks the quote; the original stays for the regisseur', async () => {
    const [answer] = (await (await t.as('regisseur'))<{ surveyOpenAnswers: OpenView[] }>(OPEN, { year: 2026 })).data!.surveyOpenAnswers;
    const res = await (await t.as('regisseur'))<{ surveyAnswerMask: { answer: OpenView | null; userErrors: UserErrorView[] } }>(MASK, {
      id: answer!.id,
      input: { phrases: ['Petra'], quote: true },
    });
    expect(res.data!.surveyAnswerMask).toEqual({
      answer: { id: answer!.id, text: 'Fijn dat Petra er was.', maskedText: 'Fijn dat [...] er was.', quoted: true },
      userErrors: [],
    });
    const [row] = await t.db.query<{ open_text: string; masked_text: string; quoted: boolean }>(`SELECT open_text, masked_text, quoted FROM survey_answer WHERE id = $1`, [
      answer!.id,
    ]);
    expect(row).toEqual({ open_text: 'Fijn dat Petra er was.', masked_text: 'Fijn dat [...] er was.', quoted: true });
  });

  it('refuses a phrase that is not in the answer, and masking by anyone else, changing nothing', async () => {
    const [answer] = (await (await t.as('regisseur'))<{ surveyOpenAnswers: OpenView[] }>(OPEN, { year: 2026 })).data!.surveyOpenAnswers;
    const res = await (await t.as('regisseur'))<{ surveyAnswerMask: { userErrors: UserErrorView[] } }>(MASK, {
      id: answer!.id,
      input: { phrases: ['Pietra'], quote: false },
    });
    expect(res.data!.surveyAnswerMask.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'input.phrases']]);
    for (const user of ['analyst', 'repCare'] as const) {
      expect(errorCodes(await (await t.as(user))(MASK, { id: answer!.id, input: { phrases: [], quote: false } }))).toEqual(['FORBIDDEN']);
    }
    const [row] = await t.db.query<{ masked_text: string; quoted: boolean }>(`SELECT masked_text, quoted FROM survey_answer WHERE id = $1`, [answer!.id]);
    expect(row).toEqual({ masked_text: 'Fijn dat [...] er was.', quoted: true });
  });
});

describe('row security and the guessing limit', () => {
  it('only the regisseur reads answer rows; the analyst and a representative get none, even without a filter', async () => {
    const { municipalityId, providers } = t.fixture;
    const total = await answers();
    expect(total).toBeGreaterThan(10);
    expect(await asAppRole(t, { role: 'REGISSEUR', municipalityId }, `SELECT id FROM survey_answer`)).toHaveLength(total);
    for (const settings of [
      { role: 'ANALYST', municipalityId },
      { role: 'PROVIDER_REP', municipalityId, providerId: providers.care },
      { role: 'RESIDENT', municipalityId },
      { role: 'ADMIN', municipalityId },
    ]) {
      expect([settings.role, await asAppRole(t, settings, `SELECT * FROM survey_answer`)]).toEqual([settings.role, []]);
    }
    // A representative sees their own provider's codes, the analyst none.
    const codes = await asAppRole<{ provider_id: number }>(t, { role: 'PROVIDER_REP', municipalityId, providerId: providers.welfare }, `SELECT provider_id FROM survey_code`);
    expect(codes).toEqual([]);
    expect(await asAppRole(t, { role: 'ANALYST', municipalityId }, `SELECT * FROM survey_code`)).toEqual([]);
    await expect(asAppRole(t, { role: 'PROVIDER_REP', municipalityId, providerId: providers.care }, `SELECT * FROM survey_code_guess`)).rejects.toThrow(/permission denied/);
  });

  it('the public pages role reads nothing of the survey', async () => {
    const [row] = await t.db.query<{ code: boolean; answer: boolean; guess: boolean }>(
      `SELECT has_table_privilege('regiekamer_public', 'survey_code', 'SELECT') AS code,
              has_table_privilege('regiekamer_public', 'survey_answer', 'SELECT') AS answer,
              has_table_privilege('regiekamer_public', 'survey_code_guess', 'SELECT') AS guess`,
    );
    expect(row).toEqual({ code: false, answer: false, guess: false });
  });

  it('after 20 wrong codes from one address even a valid code answers LIMITED for an hour, storing nothing', async () => {
    const arrangement = await insertArrangement(t.db, { municipalityId: t.fixture.municipalityId, providerId: t.fixture.providers.welfare });
    const res = await issue('repWelfare', arrangement);
    const code = res.data!.surveyCodeIssue.issued!.code;
    await t.db.query(`DELETE FROM survey_code_guess`);
    for (let i = 0; i < 20; i++) expect((await state(`22222-2222${'23456789AB'[i % 10]}`))?.status).toBe('UNKNOWN');
    expect(await state(code)).toEqual({ status: 'LIMITED', expiresOn: null });
    const before = await answers();
    const refused = await submit(code);
    expect(messageText(refused.data!.surveySubmit.userErrors[0]!.message, 'code')).toContain('te veel verkeerde codes');
    expect(await answers()).toBe(before);
    // The guesses are counted by a keyed hash of the address, never the address itself.
    const guesses = await t.db.query<{ address_hash: Buffer }>(`SELECT address_hash FROM survey_code_guess`);
    expect(guesses.every((g) => !g.address_hash.toString('latin1').includes('127.0.0.1'))).toBe(true);
    // An hour later the address may try again.
    await t.db.query(`UPDATE survey_code_guess SET tried_at = tried_at - interval '61 minutes'`);
    expect(await state(code)).toMatchObject({ status: 'VALID' });
  });
});
