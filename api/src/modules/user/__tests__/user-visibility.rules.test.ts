import type { Viewer } from '../../../shared/auth/viewer';
import { isOwnProvider } from '../../../shared/auth/viewer';
import { Role } from '../user.entity';
import { mayKnowUser, nameShownTo } from '../user-visibility.rules';

const viewer = (role: Role, providerId: number | null = null): Viewer => ({ userId: 1, email: 'x@example.org', role, municipalityId: 1, providerId });
const REP_OF_7 = viewer(Role.PROVIDER_REP, 7);

describe("a representative acts only for their own provider (the one 'own provider' test)", () => {
  it.each<[Viewer, number | null, boolean]>([
    [REP_OF_7, 7, true],
    [REP_OF_7, 8, false],
    [REP_OF_7, null, false],
    [viewer(Role.REGISSEUR), 7, false],
    [viewer(Role.ANALYST), 7, false],
  ])('%j and provider %p: %p', (v, providerId, own) => {
    expect(isOwnProvider(v, providerId)).toBe(own);
  });
});

describe("analysts never see a resident's name", () => {
  it.each<[Role, boolean, string | null]>([
    [Role.ANALYST, true, null],
    [Role.ANALYST, false, 'Anna de Vries'],
    [Role.REGISSEUR, true, 'Anna de Vries'],
    [Role.PROVIDER_REP, true, 'Anna de Vries'],
    [Role.ADMIN, true, 'Anna de Vries'],
  ])('%s, resident %p: %p', (role, resident, shown) => {
    expect(nameShownTo(viewer(role, role === Role.PROVIDER_REP ? 7 : null), 'Anna de Vries', resident)).toBe(shown);
  });
});

describe("a provider's representatives are known to the municipality's staff and their own provider", () => {
  it.each<[Viewer, { id: number; providerId: number | null }, boolean]>([
    [viewer(Role.ANALYST), { id: 2, providerId: null }, true],
    [viewer(Role.ANALYST), { id: 2, providerId: 7 }, false],
    [viewer(Role.REGISSEUR), { id: 2, providerId: 7 }, true],
    [REP_OF_7, { id: 2, providerId: 7 }, true],
    [REP_OF_7, { id: 2, providerId: 8 }, false],
    [viewer(Role.ANALYST), { id: 1, providerId: 7 }, true],
  ])('%j sees user %j: %p', (v, user, known) => {
    expect(mayKnowUser(v, user)).toBe(known);
  });
});

describe('participants are never known to analysts, and know no one but themselves', () => {
  it.each<[Viewer, { id: number; providerId: number | null; role: Role }, boolean]>([
    [viewer(Role.ANALYST), { id: 2, providerId: null, role: Role.RESIDENT }, false],
    [viewer(Role.ANALYST), { id: 2, providerId: null, role: Role.CLIENT_COUNCIL }, false],
    [viewer(Role.ANALYST), { id: 2, providerId: null, role: Role.REGISSEUR }, true],
    [viewer(Role.REGISSEUR), { id: 2, providerId: null, role: Role.RESIDENT }, true],
    [viewer(Role.RESIDENT), { id: 2, providerId: null, role: Role.REGISSEUR }, false],
    [viewer(Role.CLIENT_COUNCIL), { id: 2, providerId: null, role: Role.RESIDENT }, false],
    [viewer(Role.RESIDENT), { id: 1, providerId: null, role: Role.RESIDENT }, true],
  ])('%j sees user %j: %p', (v, user, known) => {
    expect(mayKnowUser(v, user)).toBe(known);
  });
});
