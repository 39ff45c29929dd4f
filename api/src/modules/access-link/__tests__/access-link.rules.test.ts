import { Role } from '../../user/user.entity';
import {
  hashLinkSecret,
  invitableRoles,
  inviteProblems,
  LINK_LIFETIME_MINUTES,
  linkPath,
  linkProblem,
  linkState,
  normaliseEmail,
  type InviteFacts,
  type LinkFacts,
  type LinkPurpose,
  type LinkState,
} from '../access-link.rules';

const NOW = new Date('2026-06-15T10:00:00Z');
const later = new Date('2026-06-15T10:15:00Z');
const earlier = new Date('2026-06-15T09:59:59Z');
const link = (purpose: string, expiresAt: Date, usedAt: Date | null = null): LinkFacts => ({ purpose, expiresAt, usedAt });

describe('linkState: a link works once, for its own purpose, until it expires', () => {
  it.each<[string, LinkFacts | null, LinkPurpose, LinkState]>([
    ['unknown secret', null, 'INVITATION', 'UNKNOWN'],
    ['valid invitation', link('INVITATION', later), 'INVITATION', 'VALID'],
    ['a reset link used as a login link', link('PASSWORD_RESET', later), 'LOGIN_LINK', 'UNKNOWN'],
    ['an invitation used as a reset', link('INVITATION', later), 'PASSWORD_RESET', 'UNKNOWN'],
    ['expired a second ago', link('LOGIN_LINK', earlier), 'LOGIN_LINK', 'EXPIRED'],
    ['expiring this very instant', link('LOGIN_LINK', NOW), 'LOGIN_LINK', 'EXPIRED'],
    ['used', link('PASSWORD_RESET', later, earlier), 'PASSWORD_RESET', 'USED'],
    ['used and expired: used', link('PASSWORD_RESET', earlier, earlier), 'PASSWORD_RESET', 'USED'],
  ])('%s', (_, facts, purpose, state) => {
    expect(linkState(facts, purpose, NOW)).toBe(state);
  });

  it.each<[LinkState, string | null]>([
    ['VALID', null],
    ['UNKNOWN', 'NOT_FOUND'],
    ['EXPIRED', 'LINK_EXPIRED'],
    ['USED', 'LINK_USED'],
  ])('the problem of a %s link is %s, on the secret', (state, code) => {
    const p = linkProblem(state);
    expect(p?.code ?? null).toBe(code);
    if (p) expect(p.field).toBe('input.secret');
  });
});

describe('lifetimes and paths', () => {
  it('an invitation lasts 7 days, a login link 15 minutes, a reset an hour', () => {
    expect(LINK_LIFETIME_MINUTES).toEqual({ INVITATION: 7 * 24 * 60, LOGIN_LINK: 15, PASSWORD_RESET: 60 });
  });
  it.each<[LinkPurpose, string]>([
    ['INVITATION', '/uitnodiging/s'],
    ['LOGIN_LINK', '/inloggen/link/s'],
    ['PASSWORD_RESET', '/wachtwoord-herstellen/s'],
  ])('%s opens %s', (purpose, path) => {
    expect(linkPath(purpose, 's')).toBe(path);
  });
  it('keeps 32 bytes of hash per secret, different per secret', () => {
    expect(hashLinkSecret('a')).toHaveLength(32);
    expect(hashLinkSecret('a').equals(hashLinkSecret('b'))).toBe(false);
  });
  it('compares addresses trimmed and in lower case', () => {
    expect(normaliseEmail('  Ann@Example.NL ')).toBe('ann@example.nl');
  });
});

describe('who may invite whom', () => {
  it.each<[Role, Role[]]>([
    [Role.ADMIN, [Role.REGISSEUR, Role.PROVIDER_REP, Role.ANALYST, Role.ADMIN, Role.CLIENT_COUNCIL, Role.RESIDENT]],
    [Role.REGISSEUR, [Role.REGISSEUR, Role.PROVIDER_REP, Role.ANALYST, Role.CLIENT_COUNCIL, Role.RESIDENT]],
    [Role.PROVIDER_REP, []],
    [Role.ANALYST, []],
    [Role.CLIENT_COUNCIL, []],
    [Role.RESIDENT, []],
  ])('%s invites %j', (inviter, roles) => {
    expect(invitableRoles(inviter).sort()).toEqual([...roles].sort());
  });

  const ok: InviteFacts = { email: 'nieuw@gemeente.nl', name: 'Nieuwe Collega', role: Role.ANALYST, providerId: null };
  it.each<[string, Role, Partial<InviteFacts>, string[]]>([
    ['a valid invitation', Role.REGISSEUR, {}, []],
    ['a regisseur inviting an ADMIN', Role.REGISSEUR, { role: Role.ADMIN }, ['input.role']],
    ['an ADMIN inviting an ADMIN', Role.ADMIN, { role: Role.ADMIN }, []],
    ['a representative inviting anyone', Role.PROVIDER_REP, {}, ['input.role']],
    ['no address', Role.ADMIN, { email: ' ' }, ['input.email']],
    ['an address without a domain', Role.ADMIN, { email: 'iemand@' }, ['input.email']],
    ['an address with a space', Role.ADMIN, { email: 'ie mand@x.nl' }, ['input.email']],
    ['an address too long', Role.ADMIN, { email: `${'a'.repeat(320)}@x.nl` }, ['input.email']],
    ['no name', Role.ADMIN, { name: '  ' }, ['input.name']],
    ['a name too long', Role.ADMIN, { name: 'n'.repeat(201) }, ['input.name']],
    ['a representative without a provider', Role.ADMIN, { role: Role.PROVIDER_REP }, ['input.providerId']],
    ['a representative with a provider', Role.ADMIN, { role: Role.PROVIDER_REP, providerId: 3 }, []],
    ['an analyst with a provider', Role.ADMIN, { providerId: 3 }, ['input.providerId']],
  ])('%s', (_, inviter, change, fields) => {
    expect(inviteProblems(inviter, { ...ok, ...change }).map((p) => p.field)).toEqual(fields);
  });
});
