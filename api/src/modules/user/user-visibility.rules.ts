import type { Viewer } from '../../shared/auth/viewer';
import { Role } from './user.entity';

/**
 * Whether the viewer may know who a user is (name and e-mail address). A provider's representatives are known to the
 * municipality's regisseurs and administrators and to their own provider; not to analysts, nor to other providers.
 * The municipality's own staff are known to everyone of the municipality: they act in public roles.
 */
export function mayKnowUser(viewer: Viewer, user: { id: number; providerId: number | null }): boolean {
  if (user.id === viewer.userId || user.providerId === null) return true;
  if (viewer.role === Role.REGISSEUR || viewer.role === Role.ADMIN) return true;
  return viewer.role === Role.PROVIDER_REP && viewer.providerId === user.providerId;
}
