import { errorCodes, gid, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { localId, okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/**
 * AanTafel! ateliers (one design meeting, then dialogues; facilitator hours against the norm of 30) and the actions
 * that follow from ateliers, meetings, decisions and tracks: owners, due dates, overdue today (2026-06-15).
 */

const ATELIER = `id title hoursNorm facilitatorHours overBudget outcome followUpDecision version opgave { id }
  designMeeting { heldOn participantCount } dialogueMeetings { heldOn } actions { id title }`;
const PLAN = `mutation ($input: AtelierPlanInput!) { atelierPlan(input: $input) { atelier { ${ATELIER} } ${USER_ERRORS} } }`;
const MEETING = `mutation ($input: AtelierMeetingRecordInput!) { atelierMeetingRecord(input: $input) { atelier { ${ATELIER} } ${USER_ERRORS} } }`;
const HOURS = `mutation ($input: AtelierHoursLogInput!) { atelierHoursLog(input: $input) { atelier { ${ATELIER} } ${USER_ERRORS} } }`;
const CONCLUDE = `mutation ($id: ID!, $version: Int!, $input: AtelierConcludeInput!) {
  atelierConclude(id: $id, version: $version, input: $input) { atelier { ${ATELIER} } ${USER_ERRORS} } }`;
const ACTION = `id title ownerName owner { email } dueOn status closedOn sourceKind overdue version
  source { __typename ... on Atelier { id } ... on Overleg { id } ... on Decision { id } ... on ImprovementTrack { id } }`;
const ACTION_CREATE = `mutation ($input: ActionCreateInput!) { actionCreate(input: $input) { action { ${ACTION} } ${USER_ERRORS} } }`;
const ACTION_COMPLETE = `mutation ($id: ID!, $version: Int!, $input: ActionCloseInput!) {
  actionComplete(id: $id, version: $version, input: $input) { action { ${ACTION} } ${USER_ERRORS} } }`;
const ACTION_DROP = `mutation ($id: ID!, $version: Int!, $input: ActionCloseInput!) {
  actionDrop(id: $id, version: $version, input: $input) { action { ${ACTION} } ${USER_ERRORS} } }`;
const ACTIONS = `query ($filter: ActionFilter) { actions(first: 100, filter: $filter) { totalCount edges { node { ${ACTION} } } } }`;

interface AtelierView {
  id: string;
  title: string;
  hoursNorm: number;
  facilitatorHours: number;
  overBudget: boolean;
  outcome: string | null;
  followUpDecision: string | null;
  version: number;
  opgave: { id: string };
  designMeeting: { heldOn: string; participantCount: number | null } | null;
  dialogueMeetings: { heldOn: string }[];
  actions: { id: string; title: string }[];
}
interface ActionView {
  id: string;
  title: string;
  ownerName: string | null;
  owner: { email: string } | null;
  dueOn: string;
  status: string;
  closedOn: string | null;
  sourceKind: string;
  overdue: boolean;
  version: number;
  source: { __typename: string; id: string };
}
interface AtelierPayload {
  atelier: AtelierView | null;
  userErrors: UserErrorView[];
}
interface ActionPayload {
  action: ActionView | null;
  userErrors: UserErrorView[];
}
const TABLES = ['atelier', 'atelier_meeting', 'atelier_hours', 'action_item'];

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function selectedOpgave(): Promise<string> {
  const regisseur = await t.as('regisseur');
  const created = await regisseur<{ opgaveCreate: { opgave: { id: string } } }>(
    `mutation { opgaveCreate(input: { title: "Ontmoeten in de wijk", area: "Centrum", ownershipRung: 3 }) { opgave { id } } }`,
  );
  const id = created.data!.opgaveCreate.opgave.id;
  // Chosen the only way there is: a selection vote.
  const vote = await regisseur<{ opgavenSelect: { userErrors: { code: string }[] } }>(
    `mutation ($id: ID!) { opgavenSelect(input: { heldOn: "2026-01-15", seats: 1, ballots: [{ opgaveId: $id, votes: 9 }] }) { userErrors { code } } }`,
    { id },
  );
  expect(vote.data?.opgavenSelect.userErrors).toEqual([]);
  return id;
}

async function plan(opgaveId: string, extra: Record<string, unknown> = {}): Promise<AtelierView> {
  const regisseur = await t.as('regisseur');
  return okPayload(
    await regisseur<{ atelierPlan: AtelierPayload }>(PLAN, { input: { opgaveId, title: 'AanTafel! Ontmoeten', ...extra } }),
    'atelierPlan',
  ).atelier!;
}

async function meeting(atelierId: string, kind: string, heldOn: string) {
  const regisseur = await t.as('regisseur');
  return regisseur<{ atelierMeetingRecord: AtelierPayload }>(MEETING, { input: { atelierId, kind, heldOn, participantCount: 24 } });
}

async function hours(atelierId: string, h: number, user: FixtureUser = 'regisseur') {
  const as = await t.as(user);
  return as<{ atelierHoursLog: AtelierPayload }>(HOURS, { input: { atelierId, workedOn: '2026-06-01', hours: h } });
}

async function action(input: Record<string, unknown>, user: FixtureUser = 'regisseur') {
  const as = await t.as(user);
  return as<{ actionCreate: ActionPayload }>(ACTION_CREATE, { input });
}

describe('ateliers and actions: ateliers: planning, meetings and hours', () => {
  it('plans an atelier for a selected opgave: norm 30 hours, nothing logged yet', async () => {
    const opgaveId = await selectedOpgave();
    expect(await plan(opgaveId)).toMatchObject({
      hoursNorm: 30,
      facilitatorHours: 0,
      overBudget: false,
      opgave: { id: opgaveId },
      designMeeting: null,
    });
  });

  it('refuses an atelier for an opgave that was not selected (INVALID_STATE) and stores nothing', async () => {
    const regisseur = await t.as('regisseur');
    const created = await regisseur<{ opgaveCreate: { opgave: { id: string } } }>(
      `mutation { opgaveCreate(input: { title: "Nog niet gekozen", area: "Centrum", ownershipRung: 1 }) { opgave { id } } }`,
    );
    const before = await tableSnapshot(t, TABLES);
    const res = await regisseur<{ atelierPlan: AtelierPayload }>(PLAN, { input: { opgaveId: created.data!.opgaveCreate.opgave.id, title: 'X' } });
    expect(refusal(res, 'atelierPlan')).toEqual([['INVALID_STATE', 'input.opgaveId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('one design meeting first, then dialogues; a dialogue before the design or a second design is refused', async () => {
    const a = await plan(await selectedOpgave());
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await meeting(a.id, 'DIALOGUE', '2026-05-20'), 'atelierMeetingRecord')).toEqual([['INVALID_STATE', 'input.kind']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    okPayload(await meeting(a.id, 'DESIGN', '2026-05-10'), 'atelierMeetingRecord');
    const afterDesign = await tableSnapshot(t, TABLES);
    expect(refusal(await meeting(a.id, 'DESIGN', '2026-05-11'), 'atelierMeetingRecord')).toEqual([['DUPLICATE', 'input.kind']]);
    expect(refusal(await meeting(a.id, 'DIALOGUE', '2026-05-09'), 'atelierMeetingRecord')).toEqual([['INVALID_STATE', 'input.kind']]);
    expect(refusal(await meeting(a.id, 'DIALOGUE', '2026-06-16'), 'atelierMeetingRecord')).toEqual([['INVALID_INPUT', 'input.heldOn']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(afterDesign);
    okPayload(await meeting(a.id, 'DIALOGUE', '2026-05-24'), 'atelierMeetingRecord');
    const res = okPayload(await meeting(a.id, 'DIALOGUE', '2026-05-20'), 'atelierMeetingRecord').atelier!;
    expect(res.designMeeting).toEqual({ heldOn: '2026-05-10', participantCount: 24 });
    expect(res.dialogueMeetings).toEqual([{ heldOn: '2026-05-20' }, { heldOn: '2026-05-24' }]);
  });

  it('facilitatorHours sums the logged hours; overBudget only past the norm (30 by default, configurable per atelier)', async () => {
    const a = await plan(await selectedOpgave());
    okPayload(await hours(a.id, 12.5), 'atelierHoursLog');
    const at30 = okPayload(await hours(a.id, 17.5), 'atelierHoursLog').atelier!;
    expect(at30).toMatchObject({ facilitatorHours: 30, overBudget: false });
    const past = okPayload(await hours(a.id, 0.25), 'atelierHoursLog').atelier!;
    expect(past).toMatchObject({ facilitatorHours: 30.25, overBudget: true });
    const small = await plan(await selectedOpgave(), { hoursNorm: 8 });
    expect(okPayload(await hours(small.id, 9), 'atelierHoursLog').atelier).toMatchObject({ hoursNorm: 8, overBudget: true });
  });

  it.each([0, -1, 25, 1.234])('refuses %s hours and stores nothing', async (h) => {
    const a = await plan(await selectedOpgave());
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await hours(a.id, h), 'atelierHoursLog')).toEqual([['INVALID_INPUT', 'input.hours']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('ateliers and actions: ateliers: concluding and who may', () => {
  it('concludes after a dialogue with an outcome and a follow-up decision; not before, not twice, not with a stale version', async () => {
    const a = await plan(await selectedOpgave());
    const regisseur = await t.as('regisseur');
    const input = { outcome: 'Twintig bewoners willen een buurtmaaltijd.', followUpDecision: 'Maandelijkse buurtmaaltijd, door bewoners zelf.' };
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await regisseur<{ atelierConclude: AtelierPayload }>(CONCLUDE, { id: a.id, version: 1, input }), 'atelierConclude')).toEqual([
      ['INVALID_STATE', 'id'],
    ]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    okPayload(await meeting(a.id, 'DESIGN', '2026-05-01'), 'atelierMeetingRecord');
    okPayload(await meeting(a.id, 'DIALOGUE', '2026-05-15'), 'atelierMeetingRecord');
    expect(refusal(await regisseur<{ atelierConclude: AtelierPayload }>(CONCLUDE, { id: a.id, version: 2, input }), 'atelierConclude')).toEqual([
      ['STALE_VERSION', 'version'],
    ]);
    const done = okPayload(
      await regisseur<{ atelierConclude: AtelierPayload }>(CONCLUDE, { id: a.id, version: 1, input }),
      'atelierConclude',
    ).atelier!;
    expect(done).toMatchObject({ ...input, version: 2 });
    expect(refusal(await regisseur<{ atelierConclude: AtelierPayload }>(CONCLUDE, { id: a.id, version: 2, input }), 'atelierConclude')).toEqual([
      ['INVALID_STATE', 'id'],
    ]);
    expect(refusal(await meeting(a.id, 'DIALOGUE', '2026-06-01'), 'atelierMeetingRecord')).toEqual([['INVALID_STATE', 'input.atelierId']]);
    // Hours are not logged on a concluded atelier either.
    const concluded = await tableSnapshot(t, TABLES);
    expect(refusal(await hours(a.id, 2), 'atelierHoursLog')).toEqual([['INVALID_STATE', 'input.atelierId']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(concluded);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])('refuses %s to plan an atelier or log hours (FORBIDDEN), changing nothing', async (user) => {
    const opgaveId = await selectedOpgave();
    const a = await plan(opgaveId);
    const before = await tableSnapshot(t, TABLES);
    const as = await t.as(user);
    expect(errorCodes(await as(PLAN, { input: { opgaveId, title: 'X' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hours(a.id, 2, user))).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('ateliers and actions: actions: creating', () => {
  it('creates vervolgactiviteiten of an atelier, owned by a resident by name or by a user; they show on the atelier', async () => {
    const a = await plan(await selectedOpgave());
    const byName = okPayload(
      await action({ title: 'Kookploeg vormen', ownerName: 'Riet de Bewoner', dueOn: '2026-07-01', sourceId: a.id }),
      'actionCreate',
    ).action!;
    expect(byName).toMatchObject({
      ownerName: 'Riet de Bewoner',
      owner: null,
      status: 'OPEN',
      sourceKind: 'ATELIER',
      overdue: false,
      source: { __typename: 'Atelier', id: a.id },
    });
    const byUser = okPayload(
      await action({ title: 'Ruimte regelen', ownerId: gid('User', t.fixture.users.repWelfare), dueOn: '2026-06-01', sourceId: a.id }),
      'actionCreate',
    ).action!;
    expect(byUser).toMatchObject({ owner: { email: 'rep@welzijn.example' }, overdue: true });
    const regisseur = await t.as('regisseur');
    const seen = await regisseur<{ node: { actions: { title: string }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Atelier { actions { title } } } }`,
      {
        id: a.id,
      },
    );
    expect(seen.data!.node.actions.map((x) => x.title)).toEqual(['Ruimte regelen', 'Kookploeg vormen']);
  });

  it('hangs off an overleg, a decision or an improvement track too', async () => {
    const regisseur = await t.as('regisseur');
    const overleg = (
      await regisseur<{ overlegCreate: { overleg: { id: string } } }>(
        `mutation { overlegCreate(input: { kind: STAFF, title: "Teamoverleg", heldOn: "2026-06-01" }) { overleg { id } } }`,
      )
    ).data!.overlegCreate.overleg;
    const track = (
      await regisseur<{ improvementTrackStart: { improvementTrack: { id: string } } }>(
        `mutation { improvementTrackStart(input: { topic: "Eten en drinken", startedOn: "2026-05-01" }) { improvementTrack { id } } }`,
      )
    ).data!.improvementTrackStart.improvementTrack;
    for (const [sourceId, typename] of [
      [overleg.id, 'Overleg'],
      [track.id, 'ImprovementTrack'],
    ]) {
      const res = okPayload(await action({ title: 'Doen', ownerName: 'Bram', dueOn: '2026-07-01', sourceId }), 'actionCreate');
      expect(res.action!.source).toEqual({ __typename: typename, id: sourceId });
    }
  });

  it.each([
    ['no owner', { title: 'X', dueOn: '2026-07-01' }, [['INVALID_INPUT', 'input.ownerId']]],
    ['an unknown user as owner', { title: 'X', ownerId: 'VXNlcjo5OTk5OTk', dueOn: '2026-07-01' }, [['NOT_FOUND', 'input.ownerId']]],
    [
      'a source that cannot have actions',
      { title: 'X', ownerName: 'N', dueOn: '2026-07-01', sourceId: 'UHJvdmlkZXI6MQ' },
      [['INVALID_INPUT', 'input.sourceId']],
    ],
    ['an unknown source', { title: 'X', ownerName: 'N', dueOn: '2026-07-01', sourceId: 'T3ZlcmxlZzo5OTk5OTk' }, [['NOT_FOUND', 'input.sourceId']]],
  ])('refuses an action with %s and stores nothing', async (_s, input, expected) => {
    const a = await plan(await selectedOpgave());
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await action({ sourceId: a.id, ...input }), 'actionCreate')).toEqual(expected);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });
});

describe('ateliers and actions: actions: completing and listing', () => {
  it('the owning user or the regisseur completes an action; another representative is FORBIDDEN; twice is INVALID_STATE', async () => {
    const a = await plan(await selectedOpgave());
    const mine = okPayload(
      await action({ title: 'Flyer maken', ownerId: gid('User', t.fixture.users.repCare), dueOn: '2026-06-20', sourceId: a.id }),
      'actionCreate',
    ).action!;
    const before = await tableSnapshot(t, TABLES);
    const other = await t.as('repWelfare');
    expect(errorCodes(await other(ACTION_COMPLETE, { id: mine.id, version: 1, input: { closedOn: '2026-06-14' } }))).toEqual(['FORBIDDEN']);
    const analyst = await t.as('analyst');
    expect(errorCodes(await analyst(ACTION_COMPLETE, { id: mine.id, version: 1, input: { closedOn: '2026-06-14' } }))).toEqual(['FORBIDDEN']);
    const owner = await t.as('repCare');
    expect(
      refusal(
        await owner<{ actionComplete: ActionPayload }>(ACTION_COMPLETE, { id: mine.id, version: 1, input: { closedOn: '2026-06-16' } }),
        'actionComplete',
      ),
    ).toEqual([['INVALID_INPUT', 'input.closedOn']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    const done = okPayload(
      await owner<{ actionComplete: ActionPayload }>(ACTION_COMPLETE, { id: mine.id, version: 1, input: { closedOn: '2026-06-14' } }),
      'actionComplete',
    ).action!;
    expect(done).toMatchObject({ status: 'DONE', closedOn: '2026-06-14', version: 2, overdue: false });
    const regisseur = await t.as('regisseur');
    expect(
      refusal(
        await regisseur<{ actionDrop: ActionPayload }>(ACTION_DROP, { id: mine.id, version: 2, input: { closedOn: '2026-06-14' } }),
        'actionDrop',
      ),
    ).toEqual([['INVALID_STATE', 'id']]);
    const dropped = okPayload(await action({ title: 'Laat maar', ownerName: 'Henk', dueOn: '2026-06-01', sourceId: a.id }), 'actionCreate').action!;
    expect(
      okPayload(
        await regisseur<{ actionDrop: ActionPayload }>(ACTION_DROP, { id: dropped.id, version: 1, input: { closedOn: '2026-06-15' } }),
        'actionDrop',
      ).action,
    ).toMatchObject({ status: 'DROPPED', overdue: false });
  });

  it('lists actions by owner, status and overdue (today 2026-06-15); analysts do not see owners by name', async () => {
    const a = await plan(await selectedOpgave());
    const repId = gid('User', t.fixture.users.repVolunteer);
    okPayload(await action({ title: 'Te laat', ownerId: repId, dueOn: '2026-06-14', sourceId: a.id }), 'actionCreate');
    okPayload(await action({ title: 'Vandaag', ownerId: repId, dueOn: '2026-06-15', sourceId: a.id }), 'actionCreate');
    okPayload(await action({ title: 'Bewoner', ownerName: 'Riet de Bewoner', dueOn: '2026-06-01', sourceId: a.id }), 'actionCreate');
    const regisseur = await t.as('regisseur');
    interface List {
      actions: { totalCount: number; edges: { node: ActionView }[] };
    }
    const own = (await regisseur<List>(ACTIONS, { filter: { ownerId: repId } })).data!.actions;
    expect(own.edges.map((e) => [e.node.title, e.node.overdue])).toEqual([
      ['Te laat', true],
      ['Vandaag', false],
    ]);
    const ownLate = (await regisseur<List>(ACTIONS, { filter: { ownerId: repId, overdue: true } })).data!.actions;
    expect(ownLate.edges.map((e) => e.node.title)).toEqual(['Te laat']);
    const late = (await regisseur<List>(ACTIONS, { filter: { overdue: true } })).data!.actions;
    const stored = await t.db.query(`SELECT id FROM action_item WHERE status = 'OPEN' AND due_on < '2026-06-15'`);
    expect(late.totalCount).toBe(stored.length);
    expect(late.edges.every((e) => e.node.overdue && e.node.status === 'OPEN')).toBe(true);
    const done = (await regisseur<List>(ACTIONS, { filter: { status: 'DONE' } })).data!.actions;
    expect(done.edges.every((e) => e.node.status === 'DONE')).toBe(true);
    const analyst = await t.as('analyst');
    const all = await analyst<List>(ACTIONS, {});
    expect(all.data!.actions.edges.every((e) => e.node.ownerName === null)).toBe(true);
    expect(JSON.stringify(all.data)).not.toContain('Riet de Bewoner');
    expect((await regisseur(ACTIONS, { filter: { ownerId: 'nonsense' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(localId(own.edges[0]!.node.id)).toBeGreaterThan(0);
  });
});
