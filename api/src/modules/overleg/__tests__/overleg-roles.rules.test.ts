import { Role } from '../../user/user.entity';
import { holdsOverlegRole, mayHoldOverlegRole, mayRecordMinutes } from '../overleg-roles.rules';

describe('who chairs an overleg or takes its minutes: staff or a resident of the kerngroep', () => {
  it.each<[Role, boolean, boolean]>([
    [Role.REGISSEUR, false, true],
    [Role.PROVIDER_REP, false, true],
    [Role.ANALYST, false, true],
    [Role.ADMIN, false, true],
    [Role.RESIDENT, true, true],
    [Role.RESIDENT, false, false],
    [Role.CLIENT_COUNCIL, false, false],
  ])('%s (in the kerngroep: %p): %p', (role, inKerngroep, may) => {
    expect(mayHoldOverlegRole({ role, inKerngroep })).toBe(may);
  });

  it.each<[Role, number, number | null, boolean]>([
    [Role.REGISSEUR, 1, null, true],
    [Role.RESIDENT, 7, 7, true],
    [Role.RESIDENT, 7, 8, false],
    [Role.PROVIDER_REP, 3, null, false],
    [Role.PROVIDER_REP, 3, 3, true],
    [Role.ANALYST, 4, 4, false],
    [Role.ADMIN, 5, 5, false],
  ])('%s (user %d, minute-taker %p) records the minutes: %p', (role, userId, taker, may) => {
    expect(mayRecordMinutes({ role, userId }, taker)).toBe(may);
  });
});

describe('a participant also sees the meetings they chair or take the minutes of', () => {
  it.each<[number | null, number | null, boolean]>([
    [7, null, true],
    [null, 7, true],
    [8, 9, false],
    [null, null, false],
  ])('chair %p, minute-taker %p: user 7 holds a role: %p', (chairUserId, minuteTakerUserId, holds) => {
    expect(holdsOverlegRole(7, { chairUserId, minuteTakerUserId })).toBe(holds);
  });
});
