import { ALL_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { AccessLink, LoginLinkRole } from './access-link.entity';
import { AccessLinkResolver } from './access-link.resolver';
import { AccessLinkService } from './access-link.service';

/** Every caller: a link is used by whoever holds it, signed in or not. */
const ANYONE = ['ANONYMOUS', ...ALL_ROLES] as const;

export const accessLinkModule = defineModule({
  name: 'access-link',
  resolvers: [AccessLinkResolver],
  services: {
    accessLink: ({ db, clock, settings }) => new AccessLinkService(db, clock, settings.publicUrl ?? ''),
  },
  // No privilege for the application role at all: only the migration's definer functions touch them.
  tables: [
    { entity: AccessLink, policies: [] },
    { entity: LoginLinkRole, policies: [] },
  ],
  permissions: {
    'Query.accessLink': ANYONE,
    'Mutation.userInvite': [Role.REGISSEUR, Role.ADMIN],
    'Query.loginLinkRoles': [Role.ADMIN],
    'Mutation.loginLinkRolesSet': [Role.ADMIN],
    'Mutation.invitationAccept': ANYONE,
    'Mutation.loginLinkRequest': ANYONE,
    'Mutation.loginLinkRedeem': ANYONE,
    'Mutation.passwordResetRequest': ANYONE,
    'Mutation.passwordResetComplete': ANYONE,
  },
});
