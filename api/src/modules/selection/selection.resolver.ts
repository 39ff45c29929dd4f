import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { toGlobalId } from '../../shared/graphql/global-id';
import { addPayloadMutations, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { STAFF_ROLES } from '../../shared/module';
import { ok, type Outcome } from '../../shared/errors/problems';
import { Decision } from '../decision/decision.entity';
import { roundStatus } from './selection.rules';
import { roundGlobalId, type RoundRow } from './selection.service';
import {
  OpgaveBallotCastInput,
  OpgaveSelectionCancelInput,
  OpgaveSelectionOpenInput,
  OpgaveSelectionPaperTallyInput,
  OpgaveSelectionRound,
  OpgaveSelectionRoundInput,
  OpgaveSelectionRoundPayload,
  OpgaveSelectionWisdomInput,
  SelectionOption,
} from './selection.types';

/** The GraphQL face of a round row. */
function roundView(r: RoundRow): OpgaveSelectionRound & { rowId: number; decisionId: number | null } {
  return { ...r, rowId: r.id, id: roundGlobalId(r.id), status: roundStatus(r) };
}
const asPayload = (o: Outcome<RoundRow>): Outcome<OpgaveSelectionRound> => (o.ok ? ok(roundView(o.value)) : o);
type RoundViewRow = ReturnType<typeof roundView>;

@Resolver(() => OpgaveSelectionRound)
export class SelectionResolver {
  @Query(() => [OpgaveSelectionRound], {
    description: 'Opgave selection rounds, newest first (the open one, if any, is the first): the ballot, and the count once closed.',
  })
  async opgaveSelectionRounds(@Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() ctx: Context): Promise<OpgaveSelectionRound[]> {
    return (await ctx.services.selection.rounds(ctx.viewer, first)).map(roundView);
  }

  @FieldResolver(() => [SelectionOption], { description: 'The opgaven on the ballot; after the count, most votes first.' })
  async options(@Root() r: RoundViewRow, @Ctx() ctx: Context): Promise<SelectionOption[]> {
    const rows = await loadersOf(ctx).selection.optionsByRoundId.load(r.rowId);
    const open = r.closedAt === null;
    return rows.map((o) => ({
      ...o,
      opgaveId: toGlobalId('Opgave', o.opgaveId),
      // A running count would sway the voters: only the paper tally the regisseur typed is shown before the close.
      votes: open ? null : o.votes,
      rank: open ? null : o.rank,
    }));
  }

  @FieldResolver(() => Int, { description: 'How many people cast a ballot online (not who chose what).' })
  async ballotsCast(@Root() r: RoundViewRow, @Ctx() ctx: Context): Promise<number> {
    return (await loadersOf(ctx).selection.ballotsCastByRoundId.load(r.rowId))?.count ?? 0;
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description: "The viewer's own choices (opgave ids), or null when they did not vote. Only the voter sees it.",
  })
  async myBallot(@Root() r: RoundViewRow, @Ctx() ctx: Context): Promise<string[] | null> {
    const ids = await ctx.services.selection.myBallot(requireViewer(ctx.viewer), r.rowId);
    return ids === null ? null : ids.map((id) => toGlobalId('Opgave', id));
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer's choices all lost, so they are asked for the minority's wisdom." })
  async minorityInvited(@Root() r: RoundViewRow, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.services.selection.myWisdom(requireViewer(ctx.viewer), r.rowId)).invited;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The minority wisdom the viewer wrote, or null.' })
  async myWisdom(@Root() r: RoundViewRow, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.services.selection.myWisdom(requireViewer(ctx.viewer), r.rowId)).text;
  }

  @FieldResolver(() => [String], { description: "The minority's wisdom written so far, without names, for the municipality's staff." })
  async wisdoms(@Root() r: RoundViewRow, @Ctx() ctx: Context): Promise<string[]> {
    if (!STAFF_ROLES.includes(requireViewer(ctx.viewer).role)) return [];
    return (await loadersOf(ctx).selection.wisdomsByRoundId.load(r.rowId)).map((w) => w.text);
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'The decision on the podium, once taken (for staff; participants see the count).' })
  async decision(@Root() r: RoundViewRow, @Ctx() ctx: Context): Promise<Decision | null> {
    if (r.decisionId === null || !STAFF_ROLES.includes(requireViewer(ctx.viewer).role)) return null;
    return loadersOf(ctx).decision.decisionById.load(r.decisionId);
  }
}

addPayloadMutations(SelectionResolver, OpgaveSelectionRoundPayload, 'round', {
  opgaveSelectionOpen: mutation(
    'REGISSEUR: open a round over collected opgaven; one open round at a time (DUPLICATE otherwise).',
    [inputArg(OpgaveSelectionOpenInput)],
    async (ctx, input) => asPayload(await ctx.services.selection.open(ctx.viewer, input)),
  ),
  opgaveBallotCast: mutation(
    'A resident or client council member casts (or changes) their secret ballot while the round is open: at most `seats` opgaven.',
    [inputArg(OpgaveBallotCastInput)],
    async (ctx, input) => asPayload(await ctx.services.selection.cast(ctx.viewer, input)),
  ),
  opgaveSelectionPaperTally: mutation(
    "REGISSEUR: add a residents' meeting's count on paper to an open round (replaces an earlier one); marked as paper in the decision.",
    [inputArg(OpgaveSelectionPaperTallyInput)],
    async (ctx, input) => asPayload(await ctx.services.selection.paperTally(ctx.viewer, input)),
  ),
  opgaveSelectionClose: mutation(
    "REGISSEUR, on or after closesOn: count ballots and paper (a tie for the last seat is a TIE user error). Without a losing side the decision is taken at once; otherwise the losing side is invited to write the minority's wisdom.",
    [inputArg(OpgaveSelectionRoundInput)],
    async (ctx, input) => asPayload(await ctx.services.selection.close(ctx.viewer, input)),
  ),
  opgaveSelectionWisdomWrite: mutation(
    "A voter whose choices all lost writes (or rewrites) the minority's wisdom, published without names; the REGISSEUR writes the paper meeting's minority's.",
    [inputArg(OpgaveSelectionWisdomInput)],
    async (ctx, input) => asPayload(await ctx.services.selection.wisdomWrite(ctx.viewer, input)),
  ),
  opgaveSelectionDecide: mutation(
    "REGISSEUR: take the decision of a counted round, with the minority's wisdom (MINORITY_POSITION_REQUIRED without any); the chosen opgaven become SELECTED.",
    [inputArg(OpgaveSelectionRoundInput)],
    async (ctx, input) => asPayload(await ctx.services.selection.decide(ctx.viewer, input)),
  ),
  opgaveSelectionCancel: mutation(
    'REGISSEUR: cancel an open round (one stuck on a tie, say) with a reason: nothing is decided, its ballots are never counted and stay secret, its voters are told; the next round can open.',
    [inputArg(OpgaveSelectionCancelInput)],
    async (ctx, input) => asPayload(await ctx.services.selection.cancel(ctx.viewer, input)),
  ),
});
