import { Role } from '../../user/user.entity';
import { OverlegKind, OverlegStatus } from '../overleg.entity';
import { ATTENDEE_ROLES, cancelProblem, invitesFor, isMove, overlegAttendees, timeOfDay, timesProblem, type Appointment } from '../overleg.rules';

const users = [
  { id: 1, role: 'REGISSEUR', active: true, email: 'r@x.nl' },
  { id: 2, role: 'PROVIDER_REP', active: true, email: 'p@x.nl' },
  { id: 3, role: 'PROVIDER_REP', active: false, email: 'gone@x.nl' },
  { id: 4, role: 'ANALYST', active: true, email: 'a@x.nl' },
  { id: 5, role: 'ADMIN', active: true, email: 'b@x.nl' },
  { id: 1, role: 'REGISSEUR', active: true, email: 'r@x.nl' },
  { id: 6, role: 'PROVIDER_REP', active: true, email: 'P@X.nl' },
];

describe('who is invited, by kind of overleg', () => {
  it.each<[OverlegKind, number[]]>([
    [OverlegKind.PROVIDER_OVERLEG, [1, 2]],
    [OverlegKind.BELEIDSOVERLEG, [1, 2]],
    [OverlegKind.KERNGROEP, [1]],
    [OverlegKind.STAFF, [1, 2]],
    [OverlegKind.RESIDENTS_MEETING, [1, 2]],
    [OverlegKind.AD_HOC, [1, 2]],
    [OverlegKind.QUARTERLY, [1, 2]],
    [OverlegKind.PODIUM, [1, 2]],
  ])('%s: active users of its roles, each person (and each address) once', (kind, ids) => {
    expect(overlegAttendees(users, kind).map((u) => u.id)).toEqual(ids);
  });

  it('never invites analysts or administrators, and always the regisseur', () => {
    for (const roles of Object.values(ATTENDEE_ROLES)) {
      expect(roles).toContain(Role.REGISSEUR);
      expect(roles).not.toContain(Role.ANALYST);
      expect(roles).not.toContain(Role.ADMIN);
    }
  });
});

describe('the time of an overleg', () => {
  it.each<[string | null, string | null, boolean]>([
    [null, null, true],
    ['14:00', '15:30', true],
    ['14:00:59', '14:01', true],
    ['14:00', null, false],
    [null, '15:00', false],
    ['15:00', '15:00', false],
    ['15:00', '14:59', false],
  ])('%s to %s: allowed %s', (start, end, allowed) => {
    expect(timesProblem(start, end) === null).toBe(allowed);
  });

  it('keeps hours and minutes only', () => {
    expect(timeOfDay('09:05:30')).toBe('09:05');
    expect(timeOfDay('09:05')).toBe('09:05');
  });
});

describe('what is a move', () => {
  const base: Appointment = { heldOn: '2026-07-01', startsAt: '14:00', endsAt: '15:00', location: 'Raadzaal' };
  it.each<[string, Partial<Appointment>, boolean]>([
    ['nothing changed', {}, false],
    ['another day', { heldOn: '2026-07-02' }, true],
    ['another start', { startsAt: '14:15' }, true],
    ['another end', { endsAt: '15:30' }, true],
    ['no time any more', { startsAt: null, endsAt: null }, true],
    ['another place', { location: 'Bibliotheek' }, true],
  ])('%s: %s', (_case, change, moved) => {
    expect(isMove(base, { ...base, ...change })).toBe(moved);
  });

  it.each([
    ['2026-07-01', '2026-06-30', true],
    ['2026-07-01', '2026-07-01', true],
    ['2026-07-01', '2026-07-02', false],
  ])('a meeting on %s, today %s: invitations %s', (heldOn, today, expected) => {
    expect(invitesFor(heldOn, today)).toBe(expected);
  });
});

describe('cancelling', () => {
  it.each<[OverlegStatus, string | null, boolean]>([
    [OverlegStatus.PLANNED, null, true],
    [OverlegStatus.CANCELLED, null, false],
    [OverlegStatus.PLANNED, 'Notulen', false],
  ])('%s with minutes %s: allowed %s', (status, minutes, allowed) => {
    expect(cancelProblem(status, minutes) === null).toBe(allowed);
  });
});
