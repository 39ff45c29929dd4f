import { Field, ObjectType } from 'type-graphql';
import type { Problem } from '../errors/problems';

/** A business-rule or validation failure the user can act on; `field` is the input path, e.g. "input.startsOn". */
@ObjectType('UserError')
export class UserError implements Problem {
  @Field(() => String, { description: 'Stable machine code, e.g. STALE_VERSION, INVALID_INPUT.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'Path of the input field at fault, when one is.' })
  field: string | null;

  @Field(() => String)
  message: string;
}
