import { STAFF_ROLES, defineModule, tablesWith } from '../../shared/module';
import { Role } from '../user/user.entity';
import { ImprovementTrackResolver } from './improvement-track.resolver';
import { ImprovementTrackService } from './improvement-track.service';
import { createImprovementTrackLoaders } from './improvement-track.loaders';
import { ImprovementTrack, ImprovementTrackEvaluation } from './improvement-track.entity';
import { loadersOf } from '../../context';

export const improvementTrackModule = defineModule({
  name: 'improvement-track',
  resolvers: [ImprovementTrackResolver],
  services: { improvementTrack: ({ db, clock }) => new ImprovementTrackService(db, clock) },
  loaders: { improvementTrack: ({ db, municipalityId }) => createImprovementTrackLoaders(db, municipalityId) },
  nodeTypes: {
    ImprovementTrack: {
      entity: ImprovementTrack,
      load: (ctx, _viewer, id): Promise<object | null> => loadersOf(ctx).improvementTrack.trackById.load(id),
    },
  },
  tables: tablesWith(['no_participants', 'tenant_scope'], ImprovementTrack, ImprovementTrackEvaluation),
  permissions: {
    'Query.improvementTracks': STAFF_ROLES,
    'Mutation.improvementTrackStart': [Role.REGISSEUR],
    'Mutation.improvementTrackAdvance': [Role.REGISSEUR],
    'Mutation.improvementTrackEvaluate': [Role.REGISSEUR],
  },
});
