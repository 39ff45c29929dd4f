import { ALL_ROLES, defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { OidcGrant, OidcIssuer, OidcRoleMapping, PasswordOffRole } from './oidc.entity';
import { OidcResolver } from './oidc.resolver';
import { OidcService } from './oidc.service';

export const oidcModule = defineModule({
  name: 'oidc',
  resolvers: [OidcResolver],
  services: {
    oidc: ({ db, clock, settings }) => new OidcService(db, clock, settings.oidc),
  },
  tables: [
    { entity: OidcIssuer, policies: ['tenant_scope'] },
    { entity: OidcRoleMapping, policies: ['tenant_scope'] },
    // No privilege for the application role: only the migration's definer functions and the worker touch them.
    { entity: OidcGrant, policies: [] },
    { entity: PasswordOffRole, policies: [] },
  ],
  permissions: {
    // The login page asks before anyone is signed in.
    'Query.signInOptions': ['ANONYMOUS', ...ALL_ROLES],
    'Query.oidcSetup': [Role.ADMIN],
    'Mutation.oidcIssuerSave': [Role.ADMIN],
    'Mutation.oidcIssuerDelete': [Role.ADMIN],
    'Mutation.oidcRoleMappingAdd': [Role.ADMIN],
    'Mutation.oidcRoleMappingDelete': [Role.ADMIN],
    'Mutation.passwordOffRolesSet': [Role.ADMIN],
  },
});
