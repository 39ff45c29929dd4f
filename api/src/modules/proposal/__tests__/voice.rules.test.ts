import { DecisionOutcome } from '../../decision/decision.entity';
import { Role } from '../../user/user.entity';
import { ClientCouncilVerdict, Perspective, ProposalStatus } from '../proposal.entity';
import { StancePosition } from '../proposal-stance.entity';
import {
  councilCheckDueOn,
  councilCheckOverdue,
  councilCheckStatus,
  currentStances,
  disagreeingCounts,
  draftMinorityPosition,
  isAttendee,
  mayRecordPerspective,
  maySubmitProposal,
  minorityCount,
  minoritySide,
  sideOf,
  submissionProblem,
  tallyOf,
} from '../voice.rules';

const { RESIDENTS, STAFF, ORGANISATION } = Perspective;
const { AGREE, DISAGREE, ABSTAIN } = StancePosition;

describe('who records which side: each side its own, nobody another', () => {
  it.each<[Role, boolean, Perspective | null]>([
    [Role.REGISSEUR, false, ORGANISATION],
    [Role.PROVIDER_REP, false, STAFF],
    [Role.CLIENT_COUNCIL, false, RESIDENTS],
    [Role.RESIDENT, true, RESIDENTS],
    [Role.RESIDENT, false, null],
    [Role.ANALYST, false, null],
    [Role.ADMIN, false, null],
  ])('%s (in the kerngroep: %p) speaks for %p', (role, inKerngroep, side) => {
    expect(sideOf({ role, inKerngroep })).toBe(side);
    for (const other of [RESIDENTS, STAFF, ORGANISATION]) expect(mayRecordPerspective({ role, inKerngroep }, other)).toBe(other === side);
    expect(isAttendee({ role, inKerngroep })).toBe(side !== null);
  });
});

describe('stances and the tally', () => {
  it('the newest stance per person counts', () => {
    const all = [
      { userId: 1, position: DISAGREE },
      { userId: 2, position: AGREE },
      { userId: 1, position: AGREE },
    ];
    expect(currentStances(all)).toEqual([
      { userId: 1, position: AGREE },
      { userId: 2, position: AGREE },
    ]);
  });

  it.each([
    [[AGREE, DISAGREE, ABSTAIN, AGREE], null, { agree: 2, disagree: 1, abstain: 1 }],
    [[], { agree: 4, disagree: 1, abstain: 0 }, { agree: 4, disagree: 1, abstain: 0 }],
    [[DISAGREE], { agree: 4, disagree: 1, abstain: 2 }, { agree: 4, disagree: 2, abstain: 2 }],
  ])('stances %j plus paper %j count %j', (positions, paper, tally) => {
    expect(
      tallyOf(
        positions.map((position) => ({ position })),
        paper,
      ),
    ).toEqual(tally);
  });

  it.each([
    [{}, []],
    [{ votesFor: 2, votesAgainst: 1, votesAbstain: 0 }, []],
    [{ votesFor: 3, votesAgainst: null }, ['input.votesFor']],
    [{ votesAgainst: 0, votesAbstain: 1 }, ['input.votesAgainst', 'input.votesAbstain']],
  ])('typed counts %j disagree with 2/1/0 on %j', (typed, fields) => {
    expect(disagreeingCounts(typed, { agree: 2, disagree: 1, abstain: 0 })).toEqual(fields);
  });
});

describe('the minority is the losing side', () => {
  it.each<[DecisionOutcome, StancePosition, number]>([
    [DecisionOutcome.ADOPTED, DISAGREE, 2],
    [DecisionOutcome.AMENDED, DISAGREE, 2],
    [DecisionOutcome.REJECTED, AGREE, 6],
  ])('%s: the minority took %s (%d of 6 for, 2 against)', (outcome, side, count) => {
    expect(minoritySide(outcome)).toBe(side);
    expect(minorityCount(outcome, { agree: 6, disagree: 2, abstain: 1 })).toBe(count);
  });

  it('rejected with 6 for and 0 against has a minority of 6; with 0 for and 5 against none', () => {
    expect(minorityCount(DecisionOutcome.REJECTED, { agree: 6, disagree: 0, abstain: 0 })).toBe(6);
    expect(minorityCount(DecisionOutcome.REJECTED, { agree: 0, disagree: 5, abstain: 0 })).toBe(0);
  });

  it.each<[DecisionOutcome, string[], number, string | null]>([
    [DecisionOutcome.ADOPTED, ['Te duur.', ' Eerst de buurt horen. '], 2, 'Wie tegen stemde (2):\n- Te duur.\n- Eerst de buurt horen.'],
    [DecisionOutcome.REJECTED, ['Goed voor mantelzorgers.'], 3, 'Wie voor stemde (3):\n- Goed voor mantelzorgers.'],
    [DecisionOutcome.ADOPTED, [], 4, null],
    [DecisionOutcome.ADOPTED, ['  '], 1, null],
    [DecisionOutcome.ADOPTED, ['Reden'], 0, null],
  ])('%s, reasons %j, %d in the minority: drafted %j', (outcome, reasons, count, draft) => {
    expect(draftMinorityPosition(outcome, reasons, count)).toBe(draft);
  });
});

describe('the client council check', () => {
  it('is due 14 days after the feedback, overdue after that while fed back', () => {
    expect(councilCheckDueOn('2026-06-12')).toBe('2026-06-26');
    expect(councilCheckDueOn(null)).toBeNull();
    const p = { status: ProposalStatus.FED_BACK, feedbackOn: '2026-06-01' };
    expect(councilCheckOverdue(p, '2026-06-15')).toBe(false);
    expect(councilCheckOverdue(p, '2026-06-16')).toBe(true);
    expect(councilCheckOverdue({ ...p, status: ProposalStatus.CLOSED }, '2026-07-01')).toBe(false);
  });

  it('concerns open a follow-up; served interests close the cycle', () => {
    expect(councilCheckStatus(ClientCouncilVerdict.CONCERNS)).toBe(ProposalStatus.FOLLOW_UP);
    expect(councilCheckStatus(ClientCouncilVerdict.INTERESTS_SERVED)).toBe(ProposalStatus.CLOSED);
  });
});

describe('every party submits an urgent proposal; the regisseur also the regular ones', () => {
  const REGULAR = 'Only the regisseur puts a proposal in the regular cycle; every party may submit an urgent one.';
  it.each([
    [Role.REGISSEUR, false, true, null, null],
    [Role.PROVIDER_REP, false, true, null, REGULAR],
    [Role.CLIENT_COUNCIL, false, true, null, REGULAR],
    [Role.RESIDENT, true, true, null, REGULAR],
    [Role.RESIDENT, false, false, null, REGULAR],
    [Role.ANALYST, false, false, null, REGULAR],
    [Role.ADMIN, false, false, null, REGULAR],
  ])('%s (kerngroep %p): a party %p; urgent: %p; regular: %p', (role, inKerngroep, party, urgent, regular) => {
    expect(maySubmitProposal({ role, inKerngroep })).toBe(party);
    expect(submissionProblem({ role, inKerngroep }, true)).toBe(urgent);
    expect(submissionProblem({ role, inKerngroep }, false)).toBe(regular);
  });
});
