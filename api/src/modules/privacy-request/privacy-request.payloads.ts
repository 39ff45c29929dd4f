import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { PrivacyRequest } from './privacy-request.entity';

@ObjectType('PrivacyRequestPayload')
export class PrivacyRequestPayload {
  @Field(() => PrivacyRequest, { nullable: true })
  request: PrivacyRequest | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

/** One line of what a decision changed. */
@ObjectType('PrivacyRequestEffect')
export class PrivacyRequestEffectView {
  @Field(() => String, { description: 'The table changed (arrangement, arrangement_report, …).' })
  tableName: string;

  @Field(() => ID, { nullable: true, description: 'The record changed (a correction); null for an erasure, which keeps no pointer to the person.' })
  recordId: string | null;

  @Field(() => Int, { description: 'How many records of the table changed.' })
  count: number;

  @Field(() => [String], { description: 'The audit_log ids that show the change.' })
  auditEntryIds: string[];
}
