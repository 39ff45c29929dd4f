import { isOwnProvider, type Viewer } from '../../shared/auth/viewer';
import { PARTICIPANT_ROLES } from '../../shared/module';
import { Role } from './user.entity';

/**
 * Whether the viewer may know who a user is (name and e-mail address). A provider's representatives are known to the
 * municipality's regisseurs and administrators and to their own provider; not to analysts, nor to other providers.
 * The municipality's own staff are known to everyone of the municipality: they act in public roles. Residents and
 * client council members are never known to analysts; and a participant knows no one's address but their own.
 */
export function mayKnowUser(viewer: Viewer, user: { id: number; providerId: number | null; role?: Role }): boolean {
  if (user.id === viewer.userId) return true;
  if (PARTICIPANT_ROLES.includes(viewer.role)) return false;
  if (viewer.role === Role.ANALYST && user.role !== undefined && PARTICIPANT_ROLES.includes(user.role)) return false;
  if (user.providerId === null) return true;
  if (viewer.role === Role.REGISSEUR || viewer.role === Role.ADMIN) return true;
  return isOwnProvider(viewer, user.providerId);
}

/**
 * A resident's name is personal data: analysts get null instead. `resident` says whether the name may be a resident's;
 * a name given without saying whose (an action's owner by name) may be, so it counts as one.
 */
export function nameShownTo(viewer: Viewer, name: string | null, resident: boolean): string | null {
  return viewer.role === Role.ANALYST && resident ? null : name;
}
