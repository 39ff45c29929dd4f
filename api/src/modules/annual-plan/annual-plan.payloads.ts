import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { AnnualPlan, QuarterReport } from './annual-plan.entity';

export const AnnualPlanConnection = ConnectionType('AnnualPlan', AnnualPlan);
export const QuarterReportConnection = ConnectionType('QuarterReport', QuarterReport);

@ObjectType('AnnualPlanPayload')
export class AnnualPlanPayload {
  @Field(() => AnnualPlan, { nullable: true })
  plan: AnnualPlan | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('QuarterReportPayload')
export class QuarterReportPayload {
  @Field(() => QuarterReport, { nullable: true })
  report: QuarterReport | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
