import { Role } from '../../modules/user/user.entity';
import { ForbiddenError, UnauthenticatedError } from '../errors/access-errors';

/** Who is asking: built once per request from the token and the user's row. */
export interface Viewer {
  readonly userId: number;
  readonly email: string;
  readonly role: Role;
  readonly municipalityId: number;
  /** Set for PROVIDER_REP only: the provider comes from the session, never from arguments. */
  readonly providerId: number | null;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (viewer === null) throw new UnauthenticatedError();
  return viewer;
}

export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!roles.includes(v.role)) throw new ForbiddenError();
  return v;
}

/** A representative acts only for their own provider. */
export function isOwnProvider(viewer: Viewer, providerId: number | null): boolean {
  return viewer.role === Role.PROVIDER_REP && viewer.providerId === providerId;
}

/** Who may read a provider's arrangements: the municipality's staff and analysts, and the provider's own representatives. */
export function canReadProviderArrangements(viewer: Viewer, providerId: number): boolean {
  if (viewer.role === Role.PROVIDER_REP) return viewer.providerId === providerId;
  return viewer.role === Role.REGISSEUR || viewer.role === Role.ANALYST || viewer.role === Role.ADMIN;
}
