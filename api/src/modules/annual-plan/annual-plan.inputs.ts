import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { QuarterVerdict, ReviewAttendeeRole } from './annual-plan.entity';

@InputType('AnnualPlanGoalInput')
export class AnnualPlanGoalInput {
  @Field(() => String)
  title: string;

  @Field(() => String)
  indicator: string;

  @Field(() => Float)
  target: number;
}

@InputType('BudgetLineInput')
export class BudgetLineInput {
  @Field(() => String)
  title: string;

  @Field(() => SafeIntResolver)
  amountCents: number;
}

@InputType('AnnualPlanInput')
export class AnnualPlanInput {
  @Field(() => ID, {
    nullable: true,
    description: "The provider whose plan it is. A representative: their own (the default). The regisseur: omit it for the municipality's own part.",
  })
  providerId?: string | null;

  @Field(() => Int)
  year: number;

  @Field(() => [AnnualPlanGoalInput])
  goals: AnnualPlanGoalInput[];

  @Field(() => [BudgetLineInput])
  budgetLines: BudgetLineInput[];
}

@InputType('GoalProgressInput')
export class GoalProgressInput {
  @Field(() => Int, { description: 'Position of the goal in the plan (from 0).' })
  goalIndex: number;

  @Field(() => Float)
  realised: number;

  @Field(() => String, { nullable: true })
  remarks?: string | null;
}

@InputType('QuarterReportSubmitInput')
export class QuarterReportSubmitInput {
  @Field(() => ID)
  planId: string;

  @Field(() => Int, { description: '1 to 4; the quarter must have ended.' })
  quarter: number;

  @Field(() => [GoalProgressInput], { description: 'Progress on every goal of the plan.' })
  goalProgress: GoalProgressInput[];

  @Field(() => SafeIntResolver, {
    nullable: true,
    description:
      "Only for the municipality's own plan. A provider's spent figure is computed from its arrangement reports of the quarter, so that the two always agree.",
  })
  spentCents?: number | null;
}

@InputType('ReviewAttendeeInput')
export class ReviewAttendeeInput {
  @Field(() => String)
  name: string;

  @Field(() => ReviewAttendeeRole)
  role: ReviewAttendeeRole;
}

@InputType('QuarterReviewActionInput')
export class QuarterReviewActionInput {
  @Field(() => String)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The owner, when they are a user of the platform.' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The owner by name, when they are not a user (such as a kerngroep member).' })
  ownerName?: string | null;

  @Field(() => LocalDateResolver)
  dueOn: string;
}

@InputType('QuarterReportReopenInput')
export class QuarterReportReopenInput {
  @Field(() => String, { description: 'Why the provider accounts for the quarter again.' })
  reason: string;
}

@InputType('QuarterReportReviewInput')
export class QuarterReportReviewInput {
  @Field(() => LocalDateResolver)
  reviewedOn: string;

  @Field(() => [ReviewAttendeeInput], { description: 'Who took part; the kerngroep delegation must be among them.' })
  attendees: ReviewAttendeeInput[];

  @Field(() => QuarterVerdict)
  verdict: QuarterVerdict;

  @Field(() => String, { nullable: true })
  remarks?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Agreed follow-up actions as text only.',
    deprecationReason: 'Use followUpActions: each becomes an Action with an owner and a due date.',
  })
  actions?: string[] | null;

  @Field(() => [QuarterReviewActionInput], {
    nullable: true,
    description: 'Agreed follow-up actions: each becomes an Action of this quarter report, with its owner and due date.',
  })
  followUpActions?: QuarterReviewActionInput[] | null;
}

@InputType('AnnualPlanFilter')
export class AnnualPlanFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  providerId?: string | null;
}

@ArgsType()
export class AnnualPlansArgs extends PageArgsType {
  @Field(() => AnnualPlanFilter, { nullable: true })
  filter?: AnnualPlanFilter | null;
}

@InputType('QuarterReportFilter')
export class QuarterReportFilter {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Int, { nullable: true })
  quarter?: number | null;

  @Field(() => QuarterVerdict, { nullable: true, description: 'Only reviewed reports with this verdict.' })
  verdict?: QuarterVerdict | null;

  @Field(() => ID, { nullable: true })
  providerId?: string | null;
}

@ArgsType()
export class QuarterReportsArgs extends PageArgsType {
  @Field(() => QuarterReportFilter, { nullable: true })
  filter?: QuarterReportFilter | null;
}
