import { Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { addPayloadMutations, idArg, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { Decision } from '../decision/decision.entity';
import { DecisionPayload, VoteTally } from '../decision/decision.payloads';
import { nameShownTo } from '../user/user-visibility.rules';
import { Proposal } from './proposal.entity';
import { ProposalStance } from './proposal-stance.entity';
import { DecisionMinorityConfirmInput, ProposalStanceInput } from './proposal.inputs';
import { ProposalPayload } from './proposal.payloads';
import { MyTaskKind, type MyTaskRow } from './tasks';
import { councilCheckDueOn, councilCheckOverdue, currentStances, tallyOf } from './voice.rules';

registerEnumType(MyTaskKind, {
  name: 'MyTaskKind',
  description:
    'PERSPECTIVE: your side’s perspective is due; STANCE: your stance on a proposal; COUNCIL_CHECK: the client council’s check; MINORITY_CONFIRM: you were on the losing side, confirm the minority position (the description holds the draft).',
});

@ObjectType('MyTask', { description: 'One thing asked of you now, with its due date and where to do it.' })
export class MyTask {
  @Field(() => MyTaskKind)
  kind: MyTaskKind;

  @Field(() => ID, { description: 'What it is about: a proposal for PERSPECTIVE, STANCE and COUNCIL_CHECK; a decision for MINORITY_CONFIRM.' })
  subjectId: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => LocalDateResolver)
  dueOn: string;

  @Field(() => Boolean)
  overdue: boolean;

  @Field(() => String, { description: 'The path in the web client where it is done.' })
  link: string;
}

@Resolver(() => Proposal)
export class ProposalVoiceResolver {
  @Query(() => [MyTask], { description: 'What is asked of you now (Wat wordt er van mij gevraagd), soonest due first.' })
  async myTasks(@Ctx() ctx: Context): Promise<MyTaskRow[]> {
    return ctx.services.voice.myTasks(ctx.viewer);
  }

  @FieldResolver(() => [ProposalStance], { description: 'The current stance of each attendee who took one, with its reason.' })
  async stances(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalStance[]> {
    return currentStances(await loadersOf(ctx).proposal.stancesByProposalId.load(p.id));
  }

  @FieldResolver(() => [ProposalStance], { description: 'Every stance recorded, oldest first, including changed ones.' })
  async stanceHistory(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalStance[]> {
    return loadersOf(ctx).proposal.stancesByProposalId.load(p.id);
  }

  @FieldResolver(() => VoteTally, { description: 'The current stances counted (without a paper tally, which comes with the decision).' })
  async stanceTally(@Root() p: Proposal, @Ctx() ctx: Context): Promise<VoteTally> {
    return tallyOf(currentStances(await loadersOf(ctx).proposal.stancesByProposalId.load(p.id)), null);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'The client council checks by this day: 14 days after the feedback.' })
  councilCheckDueOn(@Root() p: Proposal): string | null {
    return councilCheckDueOn(p.feedbackOn);
  }

  @FieldResolver(() => Boolean, { description: 'Fed back more than 14 days ago and not checked by the client council yet.' })
  councilCheckOverdue(@Root() p: Proposal, @Ctx() ctx: Context): boolean {
    return councilCheckOverdue(p, ctx.clock.today());
  }
}

addPayloadMutations(ProposalVoiceResolver, ProposalPayload, 'proposal', {
  proposalStanceRecord: mutation(
    'An attendee of the deciding overleg records their own stance (again: the newer counts, history kept); until the decision.',
    [inputArg(ProposalStanceInput)],
    (ctx, input) => ctx.services.voice.recordStance(ctx.viewer, input),
  ),
});

@Resolver(() => Decision)
export class DecisionMinorityResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The minority position as written with the decision, before one of the minority confirmed it.' })
  minorityDraft(@Root() d: Decision): string | null {
    return d.minorityDraft ?? null;
  }
}

addPayloadMutations(DecisionMinorityResolver, DecisionPayload, 'decision', {
  decisionMinorityConfirm: mutation(
    'A member of the losing side (the regisseur for a minority on paper) confirms the minority position, in their own words if given; once.',
    [idArg, inputArg(DecisionMinorityConfirmInput)],
    (ctx, id, input) => ctx.services.voice.confirmMinority(ctx.viewer, id, input.text),
  ),
});

@Resolver(() => ProposalStance)
export class ProposalStanceResolver {
  @FieldResolver(() => String, { nullable: true, description: "Whose stance: their name; null for analysts (a resident's name is personal data)." })
  async voterName(@Root() s: ProposalStance, @Ctx() ctx: Context): Promise<string | null> {
    const user = await loadersOf(ctx).user.userById.load(s.userId);
    return nameShownTo(requireViewer(ctx.viewer), user?.name ?? null, true);
  }
}
