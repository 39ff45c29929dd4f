import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { addPayloadMutations, idArg, mutation, namedIdArg, type MutationArg } from '../../shared/graphql/payload-mutations';
import { Opgave } from '../opgave/opgave.entity';
import { OpgaveSubmission, OpgaveSubmissionStatus } from './opgave-submission.entity';
import { OpgaveSubmissionPayload } from './opgave-submission.payloads';

const reasonArg: MutationArg<string> = { name: 'reason', type: () => String, description: 'Why it is not taken up; mailed to the contact address.' };

@Resolver(() => OpgaveSubmission)
export class OpgaveSubmissionResolver {
  @Query(() => [OpgaveSubmission], {
    description: 'REGISSEUR: opgaven brought in on the public page /meedoen, oldest first (at most 200); PENDING ones wait for a decision.',
  })
  async opgaveSubmissions(
    @Arg('status', () => OpgaveSubmissionStatus, { defaultValue: OpgaveSubmissionStatus.PENDING }) status: OpgaveSubmissionStatus,
    @Ctx() ctx: Context,
  ): Promise<OpgaveSubmission[]> {
    return ctx.services.opgaveSubmission.list(ctx.viewer, status);
  }

  @FieldResolver(() => Opgave, { nullable: true, description: 'The opgave it became (PUBLISHED) or was added to (MERGED).' })
  async opgave(@Root() s: OpgaveSubmission, @Ctx() ctx: Context): Promise<Opgave | null> {
    return s.opgaveId === null ? null : loadersOf(ctx).opgave.opgaveById.load(s.opgaveId);
  }
}

addPayloadMutations(OpgaveSubmissionResolver, OpgaveSubmissionPayload, 'submission', {
  opgaveSubmissionPublish: mutation('REGISSEUR: publish a submitted opgave as a collected opgave on the public pages.', [idArg], (ctx, id) =>
    ctx.services.opgaveSubmission.publish(ctx.viewer, id),
  ),
  opgaveSubmissionMerge: mutation('REGISSEUR: add a submitted opgave to an existing opgave.', [idArg, namedIdArg('opgaveId')], (ctx, id, opgaveId) =>
    ctx.services.opgaveSubmission.merge(ctx.viewer, id, opgaveId),
  ),
  opgaveSubmissionDecline: mutation('REGISSEUR: decline a submitted opgave, with the reason.', [idArg, reasonArg], (ctx, id, reason) =>
    ctx.services.opgaveSubmission.decline(ctx.viewer, id, reason),
  ),
});
