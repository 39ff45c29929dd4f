import { STAFF_ROLES, defineModule, nodeByLoader, tablesWith, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ConvenantResolver, ConvenantPartyResolver } from './convenant.resolver';
import { ConvenantService } from './convenant.service';
import { createConvenantLoaders } from './convenant.loaders';
import { Convenant, ConvenantParty } from './convenant.entity';
import { ConvenantAmendment, ConvenantAmendmentParty } from './convenant-amendment.entity';
import { ConvenantLifeService } from './convenant-life.service';
import {
  ArrangementConvenantResolver,
  ConvenantAmendmentPartyResolver,
  ConvenantAmendmentResolver,
  ConvenantLifeResolver,
  ConvenantVersionResolver,
} from './convenant-life.resolver';
import { loadersOf } from '../../context';

export const convenantModule = defineModule({
  name: 'convenant',
  resolvers: [
    ConvenantResolver,
    ConvenantPartyResolver,
    ConvenantLifeResolver,
    ConvenantAmendmentResolver,
    ConvenantAmendmentPartyResolver,
    ConvenantVersionResolver,
    ArrangementConvenantResolver,
  ],
  services: {
    convenant: ({ db, clock }) => new ConvenantService(db, clock),
    convenantLife: ({ db, clock }) => new ConvenantLifeService(db, clock),
  },
  loaders: { convenant: ({ db, municipalityId }) => createConvenantLoaders(db, municipalityId) },
  nodeTypes: {
    Convenant: nodeByLoader(Convenant, (ctx): NodeRead => loadersOf(ctx).convenant.convenantById),
    ConvenantAmendment: nodeByLoader(ConvenantAmendment, (ctx): NodeRead => loadersOf(ctx).convenant.amendmentById),
  },
  tables: tablesWith(['no_participants', 'tenant_scope'], Convenant, ConvenantParty, ConvenantAmendment, ConvenantAmendmentParty),
  permissions: {
    'Query.convenants': STAFF_ROLES,
    'Mutation.convenantCreate': [Role.REGISSEUR],
    'Mutation.convenantOpenForSigning': [Role.REGISSEUR],
    'Mutation.convenantSign': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.convenantAmendmentPropose': [Role.REGISSEUR],
    'Mutation.convenantAmendmentSign': [Role.REGISSEUR, Role.PROVIDER_REP],
    'Mutation.convenantAmendmentWithdraw': [Role.REGISSEUR],
    'Mutation.convenantEnd': [Role.REGISSEUR],
    'Mutation.convenantRenew': [Role.REGISSEUR],
  },
});
