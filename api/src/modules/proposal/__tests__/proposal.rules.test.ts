import { Perspective, ProposalStatus } from '../proposal.entity';
import {
  currentPerspectives,
  EARLIEST_DEADLINE_DAYS,
  overdueSteps,
  pendingSteps,
  perspectivesDoneOn,
  proposalSchedule,
  ProposalStep,
  stepDueOn,
  stepLateness,
} from '../proposal.rules';

const { PERSPECTIVES, POLICY_MEETING, FEEDBACK } = ProposalStep;
const { SUBMITTED, DECIDED } = ProposalStatus;

describe('the six-week cycle: perspectives by week 4, the beleidsoverleg in week 5, feedback to the residents by week 6', () => {
  it.each([
    [
      '2026-01-05',
      false,
      {
        perspectivesDueOn: '2026-02-02',
        policyMeetingFrom: '2026-02-02',
        policyMeetingBy: '2026-02-09',
        decisionFeedbackBy: '2026-02-16',
        adHocMeetingBy: null,
      },
    ],
    [
      '2026-12-21',
      false,
      {
        perspectivesDueOn: '2027-01-18',
        policyMeetingFrom: '2027-01-18',
        policyMeetingBy: '2027-01-25',
        decisionFeedbackBy: '2027-02-01',
        adHocMeetingBy: null,
      },
    ],
    // Urgent: an ad hoc meeting within a week takes the beleidsoverleg's place; the feedback a week after it.
    [
      '2026-01-05',
      true,
      {
        perspectivesDueOn: '2026-01-12',
        policyMeetingFrom: '2026-01-05',
        policyMeetingBy: '2026-01-12',
        decisionFeedbackBy: '2026-01-19',
        adHocMeetingBy: '2026-01-12',
      },
    ],
    [
      '2028-02-25',
      true,
      {
        perspectivesDueOn: '2028-03-03',
        policyMeetingFrom: '2028-02-25',
        policyMeetingBy: '2028-03-03',
        decisionFeedbackBy: '2028-03-10',
        adHocMeetingBy: '2028-03-03',
      },
    ],
  ])('submitted %s, urgent %p', (submittedOn, urgent, expected) => {
    expect(proposalSchedule(submittedOn, urgent)).toEqual(expected);
  });

  it('no step of either cycle is due before the earliest deadline, a week after submission', () => {
    expect(EARLIEST_DEADLINE_DAYS).toBe(7);
  });
});

describe('a step is overdue when its deadline has passed undone (the client council has no deadline)', () => {
  // Submitted 2026-01-05, normal cycle: perspectives 02-02, beleidsoverleg by 02-09, feedback by 02-16.
  it.each<[string, ProposalStatus, boolean, number, string, ProposalStep[]]>([
    ['on the day perspectives are due', SUBMITTED, false, 2, '2026-02-02', []],
    ['a day after, a side silent', SUBMITTED, false, 2, '2026-02-03', [PERSPECTIVES]],
    ['a day after, every side spoken', SUBMITTED, false, 3, '2026-02-03', []],
    ['after the beleidsoverleg, undecided', SUBMITTED, false, 3, '2026-02-10', [POLICY_MEETING]],
    ['after week 6, undecided and a side silent', SUBMITTED, false, 0, '2026-02-17', [PERSPECTIVES, POLICY_MEETING, FEEDBACK]],
    ['after week 6, decided but not fed back', DECIDED, false, 3, '2026-02-17', [FEEDBACK]],
    ['decided in time, on the feedback day', DECIDED, false, 3, '2026-02-16', []],
    ['fed back', ProposalStatus.FED_BACK, false, 3, '2027-01-01', []],
    ['urgent, a side silent after the ad hoc meeting', SUBMITTED, true, 2, '2026-01-13', [PERSPECTIVES, POLICY_MEETING]],
    ['urgent, decided, after the feedback week', DECIDED, true, 3, '2026-01-20', [FEEDBACK]],
  ])('%s', (_case, status, urgent, sidesSpoken, today, expected) => {
    expect(overdueSteps({ status, submittedOn: '2026-01-05', urgent }, sidesSpoken, today)).toEqual(expected);
  });

  it.each([
    [PERSPECTIVES, '2026-02-02'],
    [POLICY_MEETING, '2026-02-09'],
    [FEEDBACK, '2026-02-16'],
  ])('%s was due on %s', (step, due) => {
    expect(stepDueOn(step, proposalSchedule('2026-01-05', false))).toBe(due);
  });
});

describe('the steps still to be done, whatever the date (what a calendar shows ahead)', () => {
  it.each<[string, ProposalStatus, number, ProposalStep[]]>([
    ['submitted, a side silent', SUBMITTED, 2, [PERSPECTIVES, POLICY_MEETING, FEEDBACK]],
    ['submitted, every side spoken', SUBMITTED, 3, [POLICY_MEETING, FEEDBACK]],
    ['decided', DECIDED, 3, [FEEDBACK]],
    ['decided, a side never spoke (the decision came anyway)', DECIDED, 1, [FEEDBACK]],
    ['fed back', ProposalStatus.FED_BACK, 3, []],
  ])('%s', (_case, status, sidesSpoken, expected) => {
    expect(pendingSteps({ status }, sidesSpoken)).toEqual(expected);
  });
});

describe('each side of the kwaliteitsdriehoek speaks for itself: its newest perspective counts', () => {
  const p = (id: number, perspective: Perspective) => ({ id, perspective });
  it.each([
    [[], []],
    [[p(1, Perspective.STAFF)], [1]],
    [
      [p(1, Perspective.ORGANISATION), p(2, Perspective.RESIDENTS), p(3, Perspective.STAFF)],
      [2, 3, 1],
    ],
    [
      [p(1, Perspective.STAFF), p(2, Perspective.STAFF), p(3, Perspective.RESIDENTS)],
      [3, 2],
    ],
  ])('%j -> ids %j, residents, staff, organisation', (all, ids) => {
    expect(currentPerspectives(all).map((x) => x.id)).toEqual(ids);
  });
});

describe('lateness stays recorded: a step done after its due date keeps how late it was', () => {
  // Submitted 2026-05-01: perspectives by 2026-05-29, beleidsoverleg by 2026-06-05, feedback by 2026-06-12.
  const schedule = proposalSchedule('2026-05-01', false);
  const TODAY = '2026-06-15';
  const lateOf = (done: Partial<Record<ProposalStep, string>>) =>
    stepLateness(
      schedule,
      { PERSPECTIVES: done.PERSPECTIVES ?? null, POLICY_MEETING: done.POLICY_MEETING ?? null, FEEDBACK: done.FEEDBACK ?? null },
      TODAY,
    ).map((s) => [s.step, s.doneOn, s.daysLate]);

  it('a decision five days late stays five days late once taken; waiting steps grow until today', () => {
    expect(lateOf({ PERSPECTIVES: '2026-05-20', POLICY_MEETING: '2026-06-10' })).toEqual([
      ['PERSPECTIVES', '2026-05-20', 0],
      ['POLICY_MEETING', '2026-06-10', 5],
      ['FEEDBACK', null, 3],
    ]);
  });

  it('on the due date is on time; a done date after today counts as today', () => {
    expect(lateOf({ PERSPECTIVES: '2026-05-29', POLICY_MEETING: '2026-06-05', FEEDBACK: '2026-12-01' })).toEqual([
      ['PERSPECTIVES', '2026-05-29', 0],
      ['POLICY_MEETING', '2026-06-05', 0],
      ['FEEDBACK', TODAY, 3],
    ]);
  });

  it('the perspectives are done on the day the last side first spoke; not while a side is missing', () => {
    const { RESIDENTS, STAFF, ORGANISATION } = Perspective;
    const spoke = (perspective: Perspective, recordedOn: string) => ({ perspective, recordedOn });
    expect(perspectivesDoneOn([spoke(STAFF, '2026-05-03'), spoke(RESIDENTS, '2026-05-10'), spoke(STAFF, '2026-06-01')])).toBeNull();
    expect(
      perspectivesDoneOn([spoke(STAFF, '2026-05-03'), spoke(RESIDENTS, '2026-05-10'), spoke(ORGANISATION, '2026-05-31'), spoke(STAFF, '2026-06-02')]),
    ).toBe('2026-05-31');
  });
});
