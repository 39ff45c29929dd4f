import { Role } from '../../user/user.entity';
import {
  chosenMapping,
  claimValues,
  decideSignIn,
  emailOf,
  isIssuerUrl,
  issuerProblems,
  mappingProblems,
  nameOf,
  recheckDelayMinutes,
  type MappingFact,
  type UserFact,
} from '../oidc.rules';

const user = (over: Partial<UserFact> = {}): UserFact => ({ userId: 7, municipalityId: 1, role: Role.ANALYST, providerId: null, active: true, ...over });
const map = (role: Role, over: Partial<MappingFact> = {}): MappingFact => ({ municipalityId: 1, role, providerId: null, claimValue: `g-${role}`, ...over });

describe('decideSignIn', () => {
  it.each([
    ['an invited user without a mapping keeps their own role', user(), [], null, { kind: 'SIGN_IN', municipalityId: 1, role: null, providerId: null, create: false }],
    ['an invited user with a mapping gets the mapped role', user(), [map(Role.REGISSEUR)], null, { kind: 'SIGN_IN', municipalityId: 1, role: Role.REGISSEUR, providerId: null, create: false }],
    ['a mapping of another municipality gives an existing user nothing', user(), [map(Role.ADMIN, { municipalityId: 2 })], null, { kind: 'SIGN_IN', municipalityId: 1, role: null, providerId: null, create: false }],
    ['a deactivated user is refused, mapping or not', user({ active: false }), [map(Role.ADMIN)], null, { kind: 'REFUSED', reason: 'DEACTIVATED' }],
    ["a municipality's issuer does not admit another municipality's user", user({ municipalityId: 2 }), [], 1, { kind: 'REFUSED', reason: 'NO_ACCESS' }],
    ['an unknown user with a mapping gets an account with exactly that role', null, [map(Role.ANALYST)], null, { kind: 'SIGN_IN', municipalityId: 1, role: Role.ANALYST, providerId: null, create: true }],
    ['a PROVIDER_REP mapping brings its provider', null, [map(Role.PROVIDER_REP, { providerId: 5 })], 1, { kind: 'SIGN_IN', municipalityId: 1, role: Role.PROVIDER_REP, providerId: 5, create: true }],
    ['an unknown user without a mapping is refused', null, [], null, { kind: 'REFUSED', reason: 'NO_ACCESS' }],
    ['mappings of two municipalities (default issuer): refused, nothing says which', null, [map(Role.ANALYST), map(Role.ANALYST, { municipalityId: 2 })], null, { kind: 'REFUSED', reason: 'NO_ACCESS' }],
    ["a municipality's issuer uses only its own municipality's mappings", null, [map(Role.ANALYST, { municipalityId: 2 })], 1, { kind: 'REFUSED', reason: 'NO_ACCESS' }],
  ])('%s', (_name, u, mappings, issuerMunicipality, expected) => {
    expect(decideSignIn(u, mappings, issuerMunicipality)).toEqual(expected);
  });
});

describe('chosenMapping', () => {
  it('takes the first role in the fixed order, then the claim value', () => {
    const mappings = [map(Role.PROVIDER_REP, { providerId: 3 }), map(Role.ANALYST, { claimValue: 'b' }), map(Role.ANALYST, { claimValue: 'a' })];
    expect(chosenMapping(mappings, 1)).toEqual(map(Role.ANALYST, { claimValue: 'a' }));
    expect(chosenMapping([map(Role.REGISSEUR), map(Role.ADMIN)], 1)?.role).toBe(Role.ADMIN);
    expect(chosenMapping([map(Role.ADMIN)], 2)).toBeNull();
  });
});

describe('claimValues', () => {
  it.each([
    ['a list', { groups: ['a', 'b'] }, 'groups', ['a', 'b']],
    ['one string', { groups: 'a' }, 'groups', ['a']],
    ['a path (Keycloak)', { realm_access: { roles: ['x'] } }, 'realm_access.roles', ['x']],
    ['a name with a dot that is a claim itself', { 'https://example/roles': ['r'] }, 'https://example/roles', ['r']],
    ['missing', {}, 'groups', []],
    ['not strings', { groups: [1, null, { a: 1 }, 'ok', ''] }, 'groups', ['ok']],
  ])('%s', (_name, claims, name, expected) => {
    expect(claimValues(claims, name)).toEqual(expected);
  });
});

describe('emailOf and nameOf', () => {
  it.each([
    [{ email: 'A@Gemeente.NL' }, 'a@gemeente.nl'],
    [{ email: 'a@gemeente.nl', email_verified: true }, 'a@gemeente.nl'],
    [{ email: 'a@gemeente.nl', email_verified: false }, null],
    [{ email: 'not an address' }, null],
    [{}, null],
  ])('%j gives %s', (claims, expected) => {
    expect(emailOf(claims)).toBe(expected);
  });
  it('names a new account by the name claim, else its address', () => {
    expect(nameOf({ name: ' Els ' }, 'e@x.nl')).toBe('Els');
    expect(nameOf({}, 'e@x.nl')).toBe('e@x.nl');
  });
});

describe('settings', () => {
  it.each([
    ['https://login.microsoftonline.com/t/v2.0', true],
    ['http://127.0.0.1:8080/realms/r', true],
    ['http://localhost:8080', true],
    ['http://idp.gemeente.nl', false],
    ['https://idp.gemeente.nl?x=1', false],
    ['geen adres', false],
  ])('issuer %s allowed: %s', (url, expected) => {
    expect(isIssuerUrl(url)).toBe(expected);
  });
  it('checks an issuer and a mapping', () => {
    const issuer = { displayName: 'Gemeente', issuerUrl: 'https://idp.example', clientId: 'c', clientSecret: 's', scopes: 'openid email', roleClaim: 'groups' };
    expect(issuerProblems(issuer)).toEqual([]);
    expect(issuerProblems({ ...issuer, clientSecret: null })).toEqual([]);
    expect(issuerProblems({ ...issuer, scopes: 'email', displayName: ' ' }).map((p) => p.field)).toEqual(['input.displayName', 'input.scopes']);
    expect(mappingProblems({ claimValue: 'g', role: Role.PROVIDER_REP, providerId: null }).map((p) => p.field)).toEqual(['input.providerId']);
    expect(mappingProblems({ claimValue: 'g', role: Role.ANALYST, providerId: 3 }).map((p) => p.field)).toEqual(['input.providerId']);
    expect(mappingProblems({ claimValue: '', role: Role.ANALYST, providerId: null }).map((p) => p.field)).toEqual(['input.claimValue']);
  });
  it('re-checks twice per idle timeout, at least each minute', () => {
    expect(recheckDelayMinutes(30)).toBe(15);
    expect(recheckDelayMinutes(1)).toBe(1);
  });
});
