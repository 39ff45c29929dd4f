import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/graphql/user-error';
import { OpgaveSubmission } from './opgave-submission.entity';

@ObjectType('OpgaveSubmissionPayload')
export class OpgaveSubmissionPayload {
  @Field(() => OpgaveSubmission, { nullable: true })
  submission: OpgaveSubmission | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
