import { defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { PrivacyRequest, PrivacyRequestDocument, PrivacyRequestSubject } from './privacy-request.entity';
import { createPrivacyRequestLoaders } from './privacy-request.loaders';
import { PrivacyRequestResolver } from './privacy-request.resolver';
import { PrivacyRequestService } from './privacy-request.service';

export const privacyRequestModule = defineModule({
  name: 'privacy-request',
  resolvers: [PrivacyRequestResolver],
  services: { privacyRequest: ({ db, clock }) => new PrivacyRequestService(db, clock) },
  loaders: { privacyRequest: ({ db, municipalityId }) => createPrivacyRequestLoaders(db, municipalityId) },
  nodeTypes: {
    PrivacyRequest: {
      entity: PrivacyRequest,
      load: (ctx, viewer, id): Promise<object | null> => ctx.services.privacyRequest.byId(viewer, id),
    },
  },
  tables: [
    { entity: PrivacyRequest, policies: ['owner_all', 'privacy_scope'] },
    { entity: PrivacyRequestSubject, policies: ['owner_all', 'own_provider_only'] },
    { entity: PrivacyRequestDocument, policies: ['owner_all', 'regisseur_only'] },
  ],
  permissions: {
    'Query.privacyRequests': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.privacyRequestRecord': [Role.REGISSEUR],
    'Mutation.privacyRequestExtend': [Role.REGISSEUR],
    'Mutation.privacyRequestLinkClient': [Role.PROVIDER_REP],
    'Mutation.privacyRequestCompile': [Role.REGISSEUR],
    'Mutation.privacyRequestDecide': [Role.REGISSEUR],
  },
});
