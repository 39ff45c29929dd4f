import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { USER_ERROR_CODES, UserErrorCode } from '../errors/codes';
import type { Problem } from '../errors/problems';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Every code a userError can carry. Clients can rely on this list: the API answers no other code.',
  valuesConfig: Object.fromEntries(Object.entries(USER_ERROR_CODES).map(([code, description]) => [code, { description }])),
});

/** A business-rule or validation failure the user can act on; `field` is the input path, e.g. "input.startsOn". */
@ObjectType('UserError')
export class UserError implements Problem {
  @Field(() => UserErrorCode, { description: 'Stable machine code, e.g. STALE_VERSION, INVALID_INPUT.' })
  code: UserErrorCode;

  @Field(() => String, { nullable: true, description: 'Path of the input field at fault, when one is.' })
  field: string | null;

  @Field(() => String)
  message: string;
}
