import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { UserError } from '../../shared/graphql/user-error';
import { Arrangement, ArrangementReport } from './arrangement.entity';

export const ArrangementConnection = ConnectionType('Arrangement', Arrangement);
export const ArrangementReportConnection = ConnectionType('ArrangementReport', ArrangementReport);

@ObjectType('ArrangementPayload')
export class ArrangementPayload {
  @Field(() => Arrangement, { nullable: true })
  arrangement: Arrangement | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('ArrangementReportPayload')
export class ArrangementReportPayload {
  @Field(() => ArrangementReport, { nullable: true })
  report: ArrangementReport | null;

  @Field(() => Arrangement, { nullable: true, description: 'The arrangement with its realised cost brought up to date.' })
  arrangement: Arrangement | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('ArrangementReportCorrectionPayload')
export class ArrangementReportCorrectionPayload {
  @Field(() => ArrangementReport, { nullable: true, description: 'The counter-entry: the corrected report with its hours and cost negated.' })
  reversal: ArrangementReport | null;

  @Field(() => ArrangementReport, { nullable: true, description: 'The right values of the period, when they were given.' })
  correction: ArrangementReport | null;

  @Field(() => Arrangement, { nullable: true, description: 'The arrangement with its realised cost brought up to date.' })
  arrangement: Arrangement | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
