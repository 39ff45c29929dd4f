import { ALL_ROLES, defineModule } from '../../shared/module';
import { UserResolver } from './user.resolver';
import { createUserLoaders } from './user.loaders';
import { Role, User } from './user.entity';
import { LoginAttempt } from './login-attempt.entity';
import { loadersOf } from '../../context';
import { PersonalAccessToken } from './personal-access-token.entity';
import { PersonalAccessTokenService } from './personal-access-token.service';
import { PersonalAccessTokenResolver, UserAdminResolver } from './user-admin.resolver';
import { UserAdminService } from './user-admin.service';

export const userModule = defineModule({
  name: 'user',
  resolvers: [UserResolver, UserAdminResolver, PersonalAccessTokenResolver],
  services: {
    userAdmin: ({ db, clock }) => new UserAdminService(db, clock),
    personalAccessToken: ({ db, clock }) => new PersonalAccessTokenService(db, clock),
  },
  loaders: { user: ({ db, municipalityId }) => createUserLoaders(db, municipalityId) },
  nodeTypes: {
    User: {
      entity: User,
      load: (ctx, viewer, id): Promise<object | null> =>
        id !== viewer.userId && viewer.role !== Role.REGISSEUR && viewer.role !== Role.ADMIN
          ? Promise.resolve(null)
          : loadersOf(ctx).user.userById.load(id),
    },
  },
  tables: [
    { entity: User, policies: ['tenant_scope'] },
    // No row security: the login limit counts attempts before anyone is signed in.
    { entity: LoginAttempt, policies: [] },
    { entity: PersonalAccessToken, policies: ['own_tokens'] },
  ],
  permissions: {
    // Without a token `me` is null: a client asks it to learn whether it is signed in.
    'Query.me': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.login': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.passwordChange': ALL_ROLES,
    'Query.users': [Role.ADMIN, Role.REGISSEUR],
    'Mutation.userDeactivate': [Role.ADMIN, Role.REGISSEUR],
    'Mutation.userReactivate': [Role.ADMIN, Role.REGISSEUR],
    'Mutation.userRoleChange': [Role.ADMIN, Role.REGISSEUR],
    'Query.personalAccessTokens': ALL_ROLES,
    'Mutation.personalAccessTokenCreate': ALL_ROLES,
    'Mutation.personalAccessTokenRevoke': ALL_ROLES,
  },
});
