import { defineModule } from '../../shared/module';
import { Role } from '../user/user.entity';
import { AtelierResolver, OpgaveAtelierResolver } from './atelier.resolver';
import { AtelierService } from './atelier.service';
import { createAtelierLoaders } from './atelier.loaders';
import { Atelier, AtelierMeeting, AtelierHours } from './atelier.entity';
import { loadersOf } from '../../context';

export const atelierModule = defineModule({
  name: 'atelier',
  resolvers: [AtelierResolver, OpgaveAtelierResolver],
  services: {
    atelier: ({ db, clock }) => new AtelierService(db, clock),
  },
  loaders: {
    atelier: ({ db, municipalityId }) => createAtelierLoaders(db, municipalityId),
  },
  nodeTypes: {
    Atelier: { entity: Atelier, load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).atelier.atelierById.load(id) },
  },
  tables: [
    { entity: Atelier, policies: ['tenant_scope'] },
    { entity: AtelierMeeting, policies: ['tenant_scope'] },
    { entity: AtelierHours, policies: ['tenant_scope'] },
  ],
  permissions: {
    'Mutation.atelierPlan': [Role.REGISSEUR],
    'Mutation.atelierMeetingRecord': [Role.REGISSEUR],
    'Mutation.atelierHoursLog': [Role.REGISSEUR],
    'Mutation.atelierConclude': [Role.REGISSEUR],
  },
});
