import { ALL_ROLES, defineModule } from '../../shared/module';
import { UserResolver } from './user.resolver';
import { createUserLoaders } from './user.loaders';
import { Role, User } from './user.entity';
import { LoginAttempt } from './login-attempt.entity';
import { SecondFactorChallenge, SecondFactorRow } from './second-factor.entity';
import { SecondFactorResolver } from './second-factor.resolver';
import { loadersOf } from '../../context';

export const userModule = defineModule({
  name: 'user',
  resolvers: [UserResolver, SecondFactorResolver],
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
    // No privilege for the application role at all: only through definer functions.
    { entity: SecondFactorRow, policies: [] },
    { entity: SecondFactorChallenge, policies: [] },
  ],
  permissions: {
    // Without a token `me` is null: a client asks it to learn whether it is signed in.
    'Query.me': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.login': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.passwordChange': ALL_ROLES,
    // Anonymous with a challenge: the enrolment a login asks for before it gives a token (REQUIRE_MFA).
    'Mutation.secondFactorEnrolStart': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.secondFactorEnrolConfirm': ['ANONYMOUS', ...ALL_ROLES],
    'Mutation.secondFactorDisable': ALL_ROLES,
    'Mutation.loginSecondFactor': ['ANONYMOUS', ...ALL_ROLES],
    'Query.secondFactorStatus': ALL_ROLES,
  },
});
