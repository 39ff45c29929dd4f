import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Provider } from '../provider/provider.entity';
import { AttentionSeverityLevel } from './attention.rules';

/** What kind of thing needs attention. A later capability adds a kind here and a source in attention.sources.ts. */
export enum AttentionKind {
  PROPOSAL_OVERDUE = 'PROPOSAL_OVERDUE',
  CONVENANT_UNSIGNED = 'CONVENANT_UNSIGNED',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  BUDGET_USE = 'BUDGET_USE',
  REPORTS_MISSING = 'REPORTS_MISSING',
  COUNCIL_CHECK_OVERDUE = 'COUNCIL_CHECK_OVERDUE',
  WAITING_OVER_NORM = 'WAITING_OVER_NORM',
  OUTCOME_THRESHOLD_CROSSED = 'OUTCOME_THRESHOLD_CROSSED',
}
registerEnumType(AttentionKind, {
  name: 'AttentionKind',
  description: 'What needs attention; each kind comes from one source.',
  valuesConfig: {
    PROPOSAL_OVERDUE: { description: 'A proposal with a step of the six-week cycle past its deadline (reason: the step).' },
    CONVENANT_UNSIGNED: { description: 'A party that has not signed a convenant open for signing (reason: MUNICIPALITY or PROVIDER).' },
    ACTION_OVERDUE: { description: 'An open action past its due date.' },
    BUDGET_USE: { description: 'Cost against budget above its threshold, for the whole (convenant) or a provider (adopted annual plan).' },
    REPORTS_MISSING: { description: "Active arrangements of a provider without a report over the last whole month (count)." },
    COUNCIL_CHECK_OVERDUE: {
      description: "A decision fed back to the residents whose client council check is past its due date, 14 days after the feedback (reason: OVERDUE).",
    },
    WAITING_OVER_NORM: {
      description: "Requests of a provider waiting to start longer than the waiting norm (count; dueOn: when the longest waiting passed the norm).",
    },
  },
});

export { AttentionSeverityLevel as AttentionSeverity };
registerEnumType(AttentionSeverityLevel, { name: 'AttentionSeverity', description: 'URGENT first, then WARNING, then INFO.' });

/** One thing that needs someone's attention, with the object to open. */
@ObjectType('AttentionItem', { simpleResolvers: true })
export class AttentionItem {
  @Field(() => AttentionKind)
  kind: AttentionKind;

  @Field(() => String, {
    description:
      'Why, as a stable machine word per kind: the late step (PERSPECTIVES, POLICY_MEETING, FEEDBACK), the unsigned side (MUNICIPALITY, PROVIDER), ' +
      'OVERDUE, BUDGET_EXCEEDED / BUDGET_NEARLY_USED / BUDGET_AHEAD_OF_PACE, NO_REPORT_LAST_MONTH, PAST_WAITING_NORM.',
  })
  reason: string;

  @Field(() => AttentionSeverityLevel)
  severity: AttentionSeverityLevel;

  @Field(() => ID, { description: 'The global id of the object to open: a Proposal, Convenant, Action, Provider (budget, reports) or Municipality (the whole budget).' })
  subjectId: string;

  @Field(() => String, { description: 'The name of that object (title or name).' })
  title: string;

  @Field(() => Provider, { nullable: true, description: 'The provider concerned, when there is one.' })
  provider?: Provider | null;

  /** The provider's local id, for the field resolver. */
  providerLocalId: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was due (or, for missing reports, the last day of the month they cover).' })
  dueOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Days past dueOn today; null when not late or without a due date.' })
  daysLate: number | null;

  @Field(() => Int, { nullable: true, description: 'How many (missing reports: arrangements without one).' })
  count: number | null;

  @Field(() => Float, { nullable: true, description: 'BUDGET_USE: cost / budget.' })
  ratio: number | null;

  @Field(() => Float, { nullable: true, description: 'OUTCOME_THRESHOLD_CROSSED: the figure that crossed (a share from 0 to 1, or days over the norm).' })
  figure?: number | null;

  @Field(() => Float, { nullable: true, description: 'OUTCOME_THRESHOLD_CROSSED: the threshold it crossed.' })
  threshold?: number | null;
}
