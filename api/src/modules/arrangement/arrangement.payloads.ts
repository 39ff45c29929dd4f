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
