import { Role } from '../user.entity';
import {
  deactivateProblems,
  managedRoles,
  mayManage,
  reactivateProblems,
  roleChangeProblems,
  TOKEN_MAX_DAYS,
  TOKEN_NAME_MAX_LENGTH,
  tokenProblems,
} from '../user-admin.rules';

const { ADMIN, REGISSEUR, PROVIDER_REP, ANALYST, CLIENT_COUNCIL, RESIDENT } = Role;
const codes = (problems: { code: string; field: string | null }[]) => problems.map((p) => `${p.code}@${String(p.field)}`);

describe('who manages whom', () => {
  it.each([
    [ADMIN, [REGISSEUR, PROVIDER_REP, ANALYST, ADMIN, CLIENT_COUNCIL, RESIDENT], []],
    [REGISSEUR, [REGISSEUR, PROVIDER_REP, ANALYST, CLIENT_COUNCIL, RESIDENT], [ADMIN]],
    [PROVIDER_REP, [], [REGISSEUR, PROVIDER_REP, ANALYST, ADMIN, CLIENT_COUNCIL, RESIDENT]],
    [ANALYST, [], [REGISSEUR, PROVIDER_REP, ANALYST, ADMIN, CLIENT_COUNCIL, RESIDENT]],
    [CLIENT_COUNCIL, [], [REGISSEUR, PROVIDER_REP, ANALYST, ADMIN, CLIENT_COUNCIL, RESIDENT]],
    [RESIDENT, [], [REGISSEUR, PROVIDER_REP, ANALYST, ADMIN, CLIENT_COUNCIL, RESIDENT]],
  ])('%s manages %j and not %j', (role, yes, no) => {
    const manager = { userId: 1, role };
    expect([...managedRoles(manager)].sort()).toEqual([...yes].sort());
    for (const r of yes) expect(mayManage(manager, { role: r })).toBe(true);
    for (const r of no) expect(mayManage(manager, { role: r })).toBe(false);
  });
});

describe('deactivate and reactivate', () => {
  it.each([
    ['an active analyst', { id: 2, role: ANALYST, active: true }, 1, []],
    ['an inactive user', { id: 2, role: ANALYST, active: false }, 1, ['INVALID_STATE@id']],
    ['the last active admin', { id: 2, role: ADMIN, active: true }, 1, ['INVALID_STATE@id']],
    ['one of two active admins', { id: 2, role: ADMIN, active: true }, 2, []],
  ])('deactivating %s', (_, user, admins, expected) => {
    expect(codes(deactivateProblems(user, admins))).toEqual(expected);
  });

  it.each([
    [true, ['INVALID_STATE@id']],
    [false, []],
  ])('reactivating a user with active=%s', (active, expected) => {
    expect(codes(reactivateProblems({ id: 2, role: ANALYST, active }))).toEqual(expected);
  });
});

describe('role change', () => {
  const admin = { userId: 1, role: ADMIN };
  const regisseur = { userId: 1, role: REGISSEUR };
  const analyst = { id: 2, role: ANALYST, active: true, providerId: null };
  const soleAdmin = { id: 1, role: ADMIN, active: true, providerId: null };
  it.each([
    ['admin makes an analyst a regisseur', admin, analyst, { role: REGISSEUR, providerId: null }, 1, []],
    ['admin makes an analyst an admin', admin, analyst, { role: ADMIN, providerId: null }, 1, []],
    ['regisseur makes an analyst an admin', regisseur, analyst, { role: ADMIN, providerId: null }, 1, ['INVALID_INPUT@input.role']],
    ['a representative without a provider', admin, analyst, { role: PROVIDER_REP, providerId: null }, 1, ['INVALID_INPUT@input.providerId']],
    ['a representative with a provider', regisseur, analyst, { role: PROVIDER_REP, providerId: 7 }, 1, []],
    ['a regisseur with a provider', admin, analyst, { role: REGISSEUR, providerId: 7 }, 1, ['INVALID_INPUT@input.providerId']],
    ['the same role again', admin, analyst, { role: ANALYST, providerId: null }, 1, ['INVALID_STATE@input.role']],
    [
      'another provider for a representative',
      admin,
      { id: 2, role: PROVIDER_REP, active: true, providerId: 7 },
      { role: PROVIDER_REP, providerId: 8 },
      1,
      [],
    ],
    ['the last admin steps down', admin, soleAdmin, { role: REGISSEUR, providerId: null }, 1, ['INVALID_STATE@input.role']],
    ['one of two admins steps down', admin, soleAdmin, { role: REGISSEUR, providerId: null }, 2, []],
    ['an inactive admin gets another role', admin, { ...soleAdmin, active: false }, { role: ANALYST, providerId: null }, 1, []],
  ])('%s', (_, manager, user, next, admins, expected) => {
    expect(codes(roleChangeProblems(manager, user, next, admins))).toEqual(expected);
  });
});

describe('personal access tokens', () => {
  const today = '2026-06-15';
  it.each([
    ['Script', '2026-06-16', []],
    ['Script', '2027-06-15', []],
    ['Script', '2027-06-16', ['INVALID_INPUT@input.expiresOn']],
    ['Script', '2026-06-15', ['INVALID_INPUT@input.expiresOn']],
    ['Script', '2026-06-14', ['INVALID_INPUT@input.expiresOn']],
    ['   ', '2026-07-01', ['INVALID_INPUT@input.name']],
    ['x'.repeat(100), '2026-07-01', []],
    ['x'.repeat(101), '2026-07-01', ['INVALID_INPUT@input.name']],
    ['', '2020-01-01', ['INVALID_INPUT@input.name', 'INVALID_INPUT@input.expiresOn']],
  ])('name %j expiring on %s', (name, expiresOn, expected) => {
    expect(codes(tokenProblems(name, expiresOn, today))).toEqual(expected);
  });
});

test("a token's messages name the limits the rule applies", () => {
  const [name, expiry] = tokenProblems('', '2026-01-01', '2026-01-01');
  expect(name?.message).toContain(String(TOKEN_NAME_MAX_LENGTH));
  expect(expiry?.message).toContain(String(TOKEN_MAX_DAYS));
});
