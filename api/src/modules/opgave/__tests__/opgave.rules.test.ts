import { OpgaveStatus } from '../opgave.entity';
import { nextStatuses, statusChangeProblem } from '../opgave.rules';

const { COLLECTED, SELECTED, IN_PROGRESS, COMPLETED, DROPPED } = OpgaveStatus;
const ALL = [COLLECTED, SELECTED, IN_PROGRESS, COMPLETED, DROPPED];

describe('opgave status rules', () => {
  it.each<[OpgaveStatus, OpgaveStatus[]]>([
    [COLLECTED, [DROPPED]],
    [SELECTED, [IN_PROGRESS, COLLECTED, DROPPED]],
    [IN_PROGRESS, [COMPLETED, DROPPED]],
    [COMPLETED, []],
    [DROPPED, []],
  ])('from %s a change may go to %j', (from, allowed) => {
    expect(nextStatuses(from)).toEqual(allowed);
  });

  it('never offers SELECTED to a collected opgave: that takes the selection vote', () => {
    expect(nextStatuses(COLLECTED)).not.toContain(SELECTED);
    expect(statusChangeProblem(COLLECTED, SELECTED)).toMatch(/selection vote/);
  });

  // Every pair: allowed exactly when nextStatuses lists it or nothing changes.
  it.each(ALL.flatMap((from) => ALL.map((to) => [from, to] as const)))('%s -> %s agrees with nextStatuses', (from, to) => {
    const allowed = from === to || nextStatuses(from).includes(to);
    expect(statusChangeProblem(from, to) === null).toBe(allowed);
  });

  it('hands out a copy, so a caller cannot change the rule', () => {
    nextStatuses(SELECTED).push(COMPLETED);
    expect(nextStatuses(SELECTED)).toEqual([IN_PROGRESS, COLLECTED, DROPPED]);
  });
});
