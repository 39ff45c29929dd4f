import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { toGlobalId } from '../../shared/graphql/global-id';
import { payload } from '../../shared/graphql/payload';
import { pageWindow, toConnection } from '../../shared/pagination';
import { ImprovementTrack, ImprovementTrackEvaluation } from './improvement-track.entity';
import { ImprovementTrackAdvanceInput, ImprovementTrackEvaluateInput, ImprovementTrackStartInput } from './improvement-track.inputs';
import { ImprovementTrackConnection, ImprovementTrackPayload } from './improvement-track.payloads';

@Resolver(() => ImprovementTrack)
export class ImprovementTrackResolver {
  @Query(() => ImprovementTrackConnection, { description: '5-step improvement tracks, visible to every role.' })
  async improvementTracks(@Args(() => PageArgsType) args: PageArgsType, @Ctx() ctx: Context): Promise<ConnectionResult<ImprovementTrack>> {
    const viewer = requireViewer(ctx.viewer);
    const window = pageWindow(args);
    const rows = await ctx.services.improvementTrack.page(viewer, window);
    return toConnection(rows, window, () => ctx.services.improvementTrack.count(viewer));
  }

  @Mutation(() => ImprovementTrackPayload, { description: 'REGISSEUR: start a 5-step track with the topic chosen in step 1.' })
  async improvementTrackStart(
    @Arg('input', () => ImprovementTrackStartInput) input: ImprovementTrackStartInput,
    @Ctx() ctx: Context,
  ): Promise<ImprovementTrackPayload> {
    return payload('improvementTrack', await ctx.services.improvementTrack.start(ctx.viewer, input));
  }

  @Mutation(() => ImprovementTrackPayload, { description: 'REGISSEUR: move one step forward; a step cannot be skipped.' })
  async improvementTrackAdvance(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ImprovementTrackAdvanceInput) input: ImprovementTrackAdvanceInput,
    @Ctx() ctx: Context,
  ): Promise<ImprovementTrackPayload> {
    return payload('improvementTrack', await ctx.services.improvementTrack.advance(ctx.viewer, id, version, input));
  }

  @Mutation(() => ImprovementTrackPayload, { description: 'REGISSEUR: record a dated test of the results (step 5, repeatable).' })
  async improvementTrackEvaluate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ImprovementTrackEvaluateInput) input: ImprovementTrackEvaluateInput,
    @Ctx() ctx: Context,
  ): Promise<ImprovementTrackPayload> {
    return payload('improvementTrack', await ctx.services.improvementTrack.evaluate(ctx.viewer, id, input));
  }

  @FieldResolver(() => ID)
  id(@Root() t: ImprovementTrack): string {
    return toGlobalId('ImprovementTrack', t.id);
  }

  @FieldResolver(() => [ImprovementTrackEvaluation], { description: 'Tests of the results, in date order.' })
  async evaluations(@Root() t: ImprovementTrack, @Ctx() ctx: Context): Promise<ImprovementTrackEvaluation[]> {
    return loadersOf(ctx).improvementTrack.evaluationsByTrackId.load(t.id);
  }
}
