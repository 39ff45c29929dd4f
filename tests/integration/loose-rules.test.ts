import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import { storedOverleg } from '../support/overleg';
import type { FixtureUser } from '../support/fixture';
import { okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * Rules of the six-week cycle that were loose: a proposal's decision names the overleg where it was taken (a
 * beleidsoverleg, or an ad hoc meeting when urgent, held by the decision's date), and every party submits an urgent
 * proposal. Every refusal leaves the data as it was.
 */

const FIELDS = 'id status version urgent decision { overleg { id } }';
const SUBMIT = `mutation ($input: ProposalSubmitInput!) { proposalSubmit(input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const PERSPECTIVE = `mutation ($id: ID!, $input: ProposalPerspectiveInput!) {
  proposalPerspectiveRecord(id: $id, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;
const DECIDE = `mutation ($id: ID!, $version: Int!, $input: ProposalDecideInput!) {
  proposalDecide(id: $id, version: $version, input: $input) { proposal { ${FIELDS} } ${USER_ERRORS} } }`;

interface ProposalView {
  id: string;
  status: string;
  version: number;
  urgent: boolean;
  decision: { overleg: { id: string } | null } | null;
}
interface Payload {
  proposal: ProposalView | null;
  userErrors: UserErrorView[];
}

const SPEAKER: Record<string, FixtureUser> = { RESIDENTS: 'council', STAFF: 'repCare', ORGANISATION: 'regisseur' };
const TABLES = ['proposal', 'decision', 'overleg'];

let t: TestApp;
let counter = 0;
beforeAll(async () => {
  t = await startTestApp({ today: '2026-06-15' });
});
afterAll(async () => {
  await t.close();
});

const submit = async (user: FixtureUser, urgent: boolean, submittedOn = '2026-06-01') =>
  (await t.as(user))<{ proposalSubmit: Payload }>(SUBMIT, { input: { title: `Voorstel ${++counter}`, submittedOn, urgent } });

/** A proposal every side has spoken on, ready for its decision. */
async function ready(urgent: boolean, submittedOn = '2026-06-01'): Promise<ProposalView> {
  let p = okPayload(await submit('regisseur', urgent, submittedOn), 'proposalSubmit').proposal!;
  for (const side of Object.keys(SPEAKER)) {
    const as = await t.as(SPEAKER[side]!);
    const res = await as<{ proposalPerspectiveRecord: Payload }>(PERSPECTIVE, {
      id: p.id,
      input: { perspective: side, position: `Standpunt ${side}`, advice: 'Advies', consultedConstituency: true },
    });
    p = okPayload(res, 'proposalPerspectiveRecord').proposal!;
  }
  return p;
}

const decide = async (p: ProposalView, overlegId: string | null, decidedOn = '2026-06-10') =>
  (await t.as('regisseur'))<{ proposalDecide: Payload }>(DECIDE, {
    id: p.id,
    version: p.version,
    input: { decidedOn, outcome: 'ADOPTED', text: 'Besloten.', paperTally: { agree: 5, disagree: 0, abstain: 0 }, overlegId },
  });

describe("a proposal's decision names the overleg where it was taken", () => {
  it.each([
    ['no overleg', false, null, '2026-06-05', ['INVALID_INPUT', 'input.overlegId']],
    ['a beleidsoverleg a month after the decision', false, 'BELEIDSOVERLEG', '2026-07-10', ['INVALID_INPUT', 'input.overlegId']],
    ['the podium', false, 'PODIUM', '2026-06-05', ['INVALID_INPUT', 'input.overlegId']],
    ['an ad hoc meeting for a proposal that is not urgent', false, 'AD_HOC', '2026-06-05', ['INVALID_INPUT', 'input.overlegId']],
    ['a provider overleg for an urgent proposal', true, 'PROVIDER_OVERLEG', '2026-06-05', ['INVALID_INPUT', 'input.overlegId']],
  ])('refuses %s, and nothing changes', async (_, urgent, kind, heldOn, error) => {
    const p = await ready(urgent);
    const overlegId = kind === null ? null : await storedOverleg(t, heldOn, kind);
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await decide(p, overlegId), 'proposalDecide')).toEqual([error]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('refuses a beleidsoverleg that was called off', async () => {
    const p = await ready(false);
    const overlegId = await storedOverleg(t, '2026-06-05');
    await t.db.query(`UPDATE overleg SET status = 'CANCELLED' WHERE title = 'Beleidsoverleg' AND held_on = '2026-06-05' AND status = 'PLANNED'`);
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await decide(p, overlegId), 'proposalDecide')).toEqual([['INVALID_STATE', 'input.overlegId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it.each([
    ['a beleidsoverleg held that day', false, 'BELEIDSOVERLEG', '2026-06-10'],
    ['an ad hoc meeting for an urgent proposal', true, 'AD_HOC', '2026-06-08'],
    ['a beleidsoverleg for an urgent proposal', true, 'BELEIDSOVERLEG', '2026-06-08'],
  ])('accepts %s, and the decision names it', async (_, urgent, kind, heldOn) => {
    const p = await ready(urgent);
    const overlegId = await storedOverleg(t, heldOn, kind);
    const decided = okPayload(await decide(p, overlegId), 'proposalDecide').proposal!;
    expect(decided).toMatchObject({ status: 'DECIDED', decision: { overleg: { id: overlegId } } });
  });
});

describe('every party submits an urgent proposal (the seed: "voor spoedzaken kan elke partij een ad hoc overleg aanvragen")', () => {
  it.each<FixtureUser>(['regisseur', 'repCare', 'council', 'resident'])('%s submits an urgent proposal', async (user) => {
    const p = okPayload(await submit(user, true), 'proposalSubmit').proposal!;
    expect(p).toMatchObject({ status: 'SUBMITTED', urgent: true });
  });

  it.each<FixtureUser>(['repCare', 'council', 'resident'])('%s may not put a proposal in the regular cycle; nothing is stored', async (user) => {
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await submit(user, false), 'proposalSubmit')).toEqual([['INVALID_INPUT', 'input.urgent']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('a resident outside the kerngroep is no party (FORBIDDEN); nothing is stored', async () => {
    await t.db.query(`DELETE FROM participant_membership WHERE user_id = $1 AND group_kind = 'KERNGROEP'`, [t.fixture.users.resident]);
    try {
      const before = await tableSnapshot(t, TABLES);
      expect(errorCodes(await submit('resident', true))).toEqual(['FORBIDDEN']);
      expect(await tableSnapshot(t, TABLES)).toEqual(before);
    } finally {
      await t.db.query(`INSERT INTO participant_membership (municipality_id, user_id, group_kind) VALUES ($1, $2, 'KERNGROEP')`, [
        t.fixture.municipalityId,
        t.fixture.users.resident,
      ]);
    }
  });
});

describe('lateness stays recorded: a step done after its due date keeps how late it was', () => {
  const LATENESS = `query ($id: ID!) { node(id: $id) { ... on Proposal { overdueSteps lateness { step dueOn doneOn daysLate } } } }`;
  it('a decision taken five days after the beleidsoverleg window keeps daysLate 5; overdue no longer names it', async () => {
    const p = await ready(false, '2026-05-01');
    const read = async () =>
      (
        await (
          await t.as('regisseur')
        )<{ node: { overdueSteps: string[]; lateness: { step: string; dueOn: string; doneOn: string | null; daysLate: number }[] } }>(LATENESS, {
          id: p.id,
        })
      ).data!.node;
    const before = await read();
    expect(before.overdueSteps).toEqual(['POLICY_MEETING', 'FEEDBACK']);
    expect(before.lateness.find((l) => l.step === 'POLICY_MEETING')).toEqual({
      step: 'POLICY_MEETING',
      dueOn: '2026-06-05',
      doneOn: null,
      daysLate: 10,
    });

    okPayload(await decide(p, await storedOverleg(t, '2026-06-10')), 'proposalDecide');
    const after = await read();
    expect(after.overdueSteps).toEqual(['FEEDBACK']);
    expect(after.lateness).toEqual([
      // The perspectives were recorded today by the wall clock, after the fixed "today" of the test: counted as today.
      { step: 'PERSPECTIVES', dueOn: '2026-05-29', doneOn: '2026-06-15', daysLate: 17 },
      { step: 'POLICY_MEETING', dueOn: '2026-06-05', doneOn: '2026-06-10', daysLate: 5 },
      { step: 'FEEDBACK', dueOn: '2026-06-12', doneOn: null, daysLate: 3 },
    ]);
  });
});
