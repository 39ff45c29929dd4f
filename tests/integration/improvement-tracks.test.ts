import { errorCodes, startTestApp, type TestApp } from '../support/test-app';
import type { FixtureUser } from '../support/fixture';
import { okPayload, refusal, tableSnapshot, USER_ERRORS, type UserErrorView } from '../support/participation';

/** The 5-step method (Movisie): one step at a time, never skipped, each with its result; dated, repeatable tests in step 5. */

const FIELDS = 'id topic step wishes goal actionPlan startedOn version evaluations { evaluatedOn findings }';
const START = `mutation ($input: ImprovementTrackStartInput!) { improvementTrackStart(input: $input) { improvementTrack { ${FIELDS} } ${USER_ERRORS} } }`;
const ADVANCE = `mutation ($id: ID!, $version: Int!, $input: ImprovementTrackAdvanceInput!) {
  improvementTrackAdvance(id: $id, version: $version, input: $input) { improvementTrack { ${FIELDS} } ${USER_ERRORS} } }`;
const EVALUATE = `mutation ($id: ID!, $input: ImprovementTrackEvaluateInput!) {
  improvementTrackEvaluate(id: $id, input: $input) { improvementTrack { ${FIELDS} } ${USER_ERRORS} } }`;

interface TrackView {
  id: string;
  topic: string;
  step: number;
  wishes: string[];
  goal: string | null;
  actionPlan: string | null;
  startedOn: string;
  version: number;
  evaluations: { evaluatedOn: string; findings: string }[];
}
interface Payload {
  improvementTrack: TrackView | null;
  userErrors: UserErrorView[];
}
const TABLES = ['improvement_track', 'improvement_track_evaluation'];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

async function start(): Promise<TrackView> {
  const regisseur = await t.as('regisseur');
  return okPayload(
    await regisseur<{ improvementTrackStart: Payload }>(START, { input: { topic: 'Roken op de gang', startedOn: '2026-01-10' } }),
    'improvementTrackStart',
  ).improvementTrack!;
}

async function advance(track: TrackView, input: Record<string, unknown>, user: FixtureUser = 'regisseur') {
  const as = await t.as(user);
  return as<{ improvementTrackAdvance: Payload }>(ADVANCE, { id: track.id, version: track.version, input });
}

async function evaluate(track: TrackView, evaluatedOn: string, user: FixtureUser = 'regisseur') {
  const as = await t.as(user);
  return as<{ improvementTrackEvaluate: Payload }>(EVALUATE, { id: track.id, input: { evaluatedOn, findings: `Toets ${evaluatedOn}` } });
}

async function toStep5(): Promise<TrackView> {
  let tr = await start();
  tr = okPayload(await advance(tr, { toStep: 2 }), 'improvementTrackAdvance').improvementTrack!;
  tr = okPayload(
    await advance(tr, { toStep: 3, wishes: ['Rookruimte buiten', 'Geen rook in de huiskamer'] }),
    'improvementTrackAdvance',
  ).improvementTrack!;
  tr = okPayload(await advance(tr, { toStep: 4, goal: 'Binnen 3 maanden rookvrije gangen.' }), 'improvementTrackAdvance').improvementTrack!;
  return okPayload(await advance(tr, { toStep: 5, actionPlan: 'Rookplek in de tuin, afspraken op papier.' }), 'improvementTrackAdvance')
    .improvementTrack!;
}

describe('5-step improvement tracks', () => {
  it('walks steps 1 to 5, one at a time, keeping each step’s result', async () => {
    const tr = await toStep5();
    expect(tr).toMatchObject({
      step: 5,
      version: 5,
      wishes: ['Rookruimte buiten', 'Geen rook in de huiskamer'],
      goal: 'Binnen 3 maanden rookvrije gangen.',
      actionPlan: 'Rookplek in de tuin, afspraken op papier.',
      startedOn: '2026-01-10',
    });
  });

  it.each([
    ['skipping a step', 1, { toStep: 3 }, [['INVALID_TRANSITION', 'input.toStep']]],
    ['going back', 2, { toStep: 1 }, [['INVALID_TRANSITION', 'input.toStep']]],
    ['leaving step 2 without wishes', 2, { toStep: 3 }, [['INVALID_INPUT', 'input.wishes']]],
    ['leaving step 2 with an empty wish', 2, { toStep: 3, wishes: [' '] }, [['INVALID_INPUT', 'input.wishes.0']]],
    ['leaving step 3 without a goal', 3, { toStep: 4 }, [['INVALID_INPUT', 'input.goal']]],
    ['a goal while leaving step 2', 2, { toStep: 3, wishes: ['w'], goal: 'te vroeg' }, [['INVALID_INPUT', 'input.goal']]],
  ])('refuses %s and changes nothing', async (_s, atStep, input, expected) => {
    let tr = await start();
    const results: Record<number, Record<string, unknown>> = { 1: {}, 2: { wishes: ['w'] }, 3: { goal: 'g' } };
    while (tr.step < atStep)
      tr = okPayload(await advance(tr, { toStep: tr.step + 1, ...results[tr.step] }), 'improvementTrackAdvance').improvementTrack!;
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await advance(tr, input), 'improvementTrackAdvance')).toEqual(expected);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('step 5 is the last; a stale version is refused', async () => {
    const tr = await toStep5();
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await advance(tr, { toStep: 6 }), 'improvementTrackAdvance')).toEqual([['INVALID_TRANSITION', 'input.toStep']]);
    expect(refusal(await advance({ ...tr, version: 1 }, { toStep: 6 }), 'improvementTrackAdvance')).toEqual([['STALE_VERSION', 'version']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
  });

  it('evaluations are dated and repeatable in step 5, in date order; refused before step 5 or in the future', async () => {
    const early = await start();
    const before = await tableSnapshot(t, TABLES);
    expect(refusal(await evaluate(early, '2026-05-01'), 'improvementTrackEvaluate')).toEqual([['INVALID_STATE', 'id']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    const tr = await toStep5();
    okPayload(await evaluate(tr, '2026-05-01'), 'improvementTrackEvaluate');
    const res = okPayload(await evaluate(tr, '2026-03-01'), 'improvementTrackEvaluate').improvementTrack!;
    expect(res.evaluations.map((e) => e.evaluatedOn)).toEqual(['2026-03-01', '2026-05-01']);
    expect(res.step).toBe(5);
    const after = await tableSnapshot(t, TABLES);
    expect(refusal(await evaluate(tr, '2026-06-16'), 'improvementTrackEvaluate')).toEqual([['INVALID_INPUT', 'input.evaluatedOn']]);
    expect(refusal(await evaluate(tr, '2026-01-09'), 'improvementTrackEvaluate')).toEqual([['INVALID_INPUT', 'input.evaluatedOn']]);
    expect(await tableSnapshot(t, TABLES)).toEqual(after);
  });

  it.each<FixtureUser>(['repCare', 'analyst', 'admin'])('refuses %s to start, advance or evaluate (FORBIDDEN), changing nothing', async (user) => {
    const tr = await toStep5();
    const fresh = await start();
    const before = await tableSnapshot(t, TABLES);
    const as = await t.as(user);
    expect(errorCodes(await as(START, { input: { topic: 'X', startedOn: '2026-01-01' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await advance(fresh, { toStep: 2 }, user))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await evaluate(tr, '2026-05-01', user))).toEqual(['FORBIDDEN']);
    expect(await tableSnapshot(t, TABLES)).toEqual(before);
    const list = await as<{ improvementTracks: { totalCount: number } }>('{ improvementTracks { totalCount } }');
    expect(list.data!.improvementTracks.totalCount).toBe(await t.count('improvement_track'));
  });
});
