import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { ImprovementTrack, ImprovementTrackEvaluation } from './improvement-track.entity';
import { ImprovementTrackAdvanceInput, ImprovementTrackEvaluateInput, ImprovementTrackStartInput } from './improvement-track.inputs';
import { ImprovementTrackConnection, ImprovementTrackPayload } from './improvement-track.payloads';

@Resolver(() => ImprovementTrack)
export class ImprovementTrackResolver {
  @Query(() => ImprovementTrackConnection, { description: '5-step improvement tracks, visible to every role.' })
  async improvementTracks(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context): Promise<ConnectionResult<ImprovementTrack>> {
    return ctx.services.improvementTrack.list(requireViewer(ctx.viewer), args);
  }

  @FieldResolver(() => [ImprovementTrackEvaluation], { description: 'Tests of the results, in date order.' })
  async evaluations(@Root() t: ImprovementTrack, @Ctx() ctx: Context): Promise<ImprovementTrackEvaluation[]> {
    return loadersOf(ctx).improvementTrack.evaluationsByTrackId.load(t.id);
  }
}

addPayloadMutations(ImprovementTrackResolver, ImprovementTrackPayload, 'improvementTrack', {
  improvementTrackStart: mutation(
    'REGISSEUR: start a 5-step track with the topic chosen in step 1.',
    [inputArg(ImprovementTrackStartInput)],
    (ctx, input) => ctx.services.improvementTrack.start(ctx.viewer, input),
  ),
  improvementTrackAdvance: mutation(
    'REGISSEUR: move one step forward; a step cannot be skipped.',
    [idArg, versionArg, inputArg(ImprovementTrackAdvanceInput)],
    (ctx, id, version, input) => ctx.services.improvementTrack.advance(ctx.viewer, id, version, input),
  ),
  improvementTrackEvaluate: mutation(
    'REGISSEUR: record a dated test of the results (step 5, repeatable).',
    [idArg, inputArg(ImprovementTrackEvaluateInput)],
    (ctx, id, input) => ctx.services.improvementTrack.evaluate(ctx.viewer, id, input),
  ),
});
