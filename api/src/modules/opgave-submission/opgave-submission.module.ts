import { loadersOf } from '../../context';
import { defineModule, nodeByLoader, type NodeRead } from '../../shared/module';
import { Role } from '../user/user.entity';
import { OpgaveSubmission, PublishedVersion } from './opgave-submission.entity';
import { createOpgaveSubmissionLoaders } from './opgave-submission.loaders';
import { OpgaveSubmissionResolver } from './opgave-submission.resolver';
import { OpgaveSubmissionService } from './opgave-submission.service';

/** Opgaven brought in on the public page /meedoen, and the regisseur's moderation of them. */
export const opgaveSubmissionModule = defineModule({
  name: 'opgave-submission',
  resolvers: [OpgaveSubmissionResolver],
  services: { opgaveSubmission: ({ db, clock, settings }) => new OpgaveSubmissionService(db, clock, settings.publicUrl ?? '') },
  loaders: { opgaveSubmission: ({ db, municipalityId }) => createOpgaveSubmissionLoaders(db, municipalityId) },
  nodeTypes: {
    OpgaveSubmission: nodeByLoader(OpgaveSubmission, (ctx): NodeRead => loadersOf(ctx).opgaveSubmission.submissionById),
  },
  tables: [
    { entity: OpgaveSubmission, policies: ['regisseur_scope'] },
    // Written by the migration's triggers only; the public pages read it through their own role.
    { entity: PublishedVersion, policies: [] },
  ],
  permissions: {
    'Query.opgaveSubmissions': [Role.REGISSEUR],
    'Mutation.opgaveSubmissionPublish': [Role.REGISSEUR],
    'Mutation.opgaveSubmissionMerge': [Role.REGISSEUR],
    'Mutation.opgaveSubmissionDecline': [Role.REGISSEUR],
  },
});
