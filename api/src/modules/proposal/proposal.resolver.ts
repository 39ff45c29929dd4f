import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { mayKnowUser } from '../user/user-visibility.rules';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { addPayloadMutations, idArg, idempotencyKeyArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { pageOf } from '../../shared/pagination';
import { Decision } from '../decision/decision.entity';
import { User } from '../user/user.entity';
import type { UserRow } from '../user/user.loaders';
import { Perspective, Proposal, ProposalPerspective } from './proposal.entity';
import {
  ProposalClientCouncilCheckInput,
  ProposalDecideInput,
  ProposalFeedbackInput,
  ProposalPerspectiveInput,
  ProposalsArgs,
  ProposalSubmitInput,
} from './proposal.inputs';
import { ClientCouncilCheck, ProposalConnection, ProposalFeedback, ProposalPayload, ProposalSchedule, ProposalStepLateness } from './proposal.payloads';
import { currentPerspectives, overdueSteps, perspectivesDoneOn, ProposalStep, proposalSchedule, SIDES, stepLateness } from './proposal.rules';
import { calendarDateInAmsterdam } from '../../clock';

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => ProposalConnection, { description: 'Proposals of the six-week cycle; `overdue` compares with today.' })
  async proposals(@Args(() => ProposalsArgs) args: ProposalsArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Proposal>> {
    const viewer = requireViewer(ctx.viewer);
    return pageOf(
      args,
      (window) => ctx.services.proposal.page(viewer, args.filter, window),
      () => ctx.services.proposal.count(viewer, args.filter),
    );
  }

  @FieldResolver(() => ProposalSchedule)
  schedule(@Root() p: Proposal): ProposalSchedule {
    return proposalSchedule(p.submittedOn, p.urgent);
  }

  @FieldResolver(() => [ProposalPerspective], { description: 'The current perspective of each side that has spoken.' })
  async perspectives(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalPerspective[]> {
    return currentPerspectives(await loadersOf(ctx).proposal.perspectivesByProposalId.load(p.id));
  }

  @FieldResolver(() => [ProposalPerspective], { description: 'Every perspective recorded, oldest first, including replaced ones.' })
  async perspectiveHistory(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalPerspective[]> {
    return loadersOf(ctx).proposal.perspectivesByProposalId.load(p.id);
  }

  @FieldResolver(() => [Perspective], { description: 'Sides that have not spoken yet: flagged, never hidden.' })
  async missingPerspectives(@Root() p: Proposal, @Ctx() ctx: Context): Promise<Perspective[]> {
    const spoken = currentPerspectives(await loadersOf(ctx).proposal.perspectivesByProposalId.load(p.id)).map((x) => x.perspective);
    return SIDES.filter((side) => !spoken.includes(side));
  }

  @FieldResolver(() => Decision, { nullable: true, description: 'The decision, with its minority position.' })
  async decision(@Root() p: Proposal, @Ctx() ctx: Context): Promise<Decision | null> {
    return p.decisionId === null ? null : loadersOf(ctx).decision.decisionById.load(p.decisionId);
  }

  @FieldResolver(() => ProposalFeedback, { nullable: true })
  feedback(@Root() p: Proposal): ProposalFeedback | null {
    return p.feedbackOn !== null && p.feedbackSummary !== null ? { residentsMeetingOn: p.feedbackOn, summary: p.feedbackSummary } : null;
  }

  @FieldResolver(() => ClientCouncilCheck, { nullable: true })
  clientCouncilCheck(@Root() p: Proposal): ClientCouncilCheck | null {
    return p.councilCheckedOn !== null && p.councilVerdict !== null
      ? { checkedOn: p.councilCheckedOn, verdict: p.councilVerdict, remarks: p.councilRemarks }
      : null;
  }

  @FieldResolver(() => [ProposalStep], { description: 'Steps of the cycle that are late today.' })
  async overdueSteps(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalStep[]> {
    const spoken = currentPerspectives(await loadersOf(ctx).proposal.perspectivesByProposalId.load(p.id)).length;
    return overdueSteps(p, spoken, ctx.clock.today());
  }

  @FieldResolver(() => [ProposalStepLateness], {
    description: 'Each step of the cycle with how late it was done, or is today while it waits: unlike overdue, kept once the step is done.',
  })
  async lateness(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalStepLateness[]> {
    const loaders = loadersOf(ctx);
    const recorded = (await loaders.proposal.perspectivesByProposalId.load(p.id)).map((r) => ({
      perspective: r.perspective,
      recordedOn: calendarDateInAmsterdam(r.recordedAt),
    }));
    const decision = p.decisionId === null ? null : await loaders.decision.decisionById.load(p.decisionId);
    const done = {
      [ProposalStep.PERSPECTIVES]: perspectivesDoneOn(recorded),
      [ProposalStep.POLICY_MEETING]: decision?.decidedOn ?? null,
      [ProposalStep.FEEDBACK]: p.feedbackOn,
    };
    return stepLateness(proposalSchedule(p.submittedOn, p.urgent), done, ctx.clock.today());
  }

  @FieldResolver(() => Boolean, { description: 'True when any step of the cycle is late today.' })
  async overdue(@Root() p: Proposal, @Ctx() ctx: Context): Promise<boolean> {
    return (await this.overdueSteps(p, ctx)).length > 0;
  }
}

addPayloadMutations(ProposalResolver, ProposalPayload, 'proposal', {
  proposalSubmit: mutation(
    'REGISSEUR: submit a proposal (aanbiedingsformulier); day 0 of the cycle.',
    [inputArg(ProposalSubmitInput), idempotencyKeyArg],
    (ctx, input, idempotencyKey) => ctx.services.proposal.submit(ctx.viewer, input, idempotencyKey),
  ),
  proposalPerspectiveRecord: mutation(
    "Record one side's perspective (again: the newer replaces it, history kept). REGISSEUR any side; PROVIDER_REP STAFF only.",
    [idArg, inputArg(ProposalPerspectiveInput)],
    (ctx, id, input) => ctx.services.proposal.recordPerspective(ctx.viewer, id, input),
  ),
  proposalDecide: mutation(
    'REGISSEUR: record the decision of the beleidsoverleg. Refused while a side has not spoken; a vote against requires the minority position.',
    [idArg, versionArg, inputArg(ProposalDecideInput)],
    (ctx, id, version, input) => ctx.services.proposal.decide(ctx.viewer, id, version, input),
  ),
  proposalFeedbackRecord: mutation(
    'REGISSEUR: the decision was fed back in a residents meeting (only after the decision).',
    [idArg, inputArg(ProposalFeedbackInput)],
    (ctx, id, input) => ctx.services.proposal.recordFeedback(ctx.viewer, id, input),
  ),
  proposalClientCouncilCheck: mutation(
    "REGISSEUR: the client council's check after the feedback; closes the cycle.",
    [idArg, inputArg(ProposalClientCouncilCheckInput)],
    (ctx, id, input) => ctx.services.proposal.checkByClientCouncil(ctx.viewer, id, input),
  ),
});

@Resolver(() => ProposalPerspective)
export class ProposalPerspectiveResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: "Who recorded it; null when a provider's representative did and you are neither the municipality's staff nor that provider.",
  })
  async recordedBy(@Root() p: ProposalPerspective, @Ctx() ctx: Context): Promise<UserRow | null> {
    const user = await loadersOf(ctx).user.userById.load(p.recordedByUserId);
    if (!user) throw new Error(`user ${p.recordedByUserId} of perspective ${p.id} is missing`);
    return mayKnowUser(requireViewer(ctx.viewer), user) ? user : null;
  }
}
