import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { UserError } from '../../shared/graphql/user-error';
import { WaitingPriority } from './waiting-list.entity';

/** A request waiting to start: a REQUESTED arrangement, with how long it has waited and its priority and note. */
@ObjectType('WaitingListEntry', { simpleResolvers: true })
export class WaitingListEntryView {
  /** The arrangement's local id. */
  id: number;

  providerId: number;

  @Field(() => ID, { description: 'The global id of the waiting Arrangement.' })
  arrangementId: string;

  @Field(() => String, { description: "The provider's pseudonymous client key." })
  clientKey: string;

  @Field(() => ProductCategory)
  productCategory: ProductCategory;

  @Field(() => LocalDateResolver)
  requestedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The planned start, when one is known.' })
  startsOn: string | null;

  @Field(() => Int, { description: 'Days from the request to today.' })
  daysWaited: number;

  @Field(() => Boolean, { description: 'Waited longer than the norm.' })
  pastNorm: boolean;

  @Field(() => WaitingPriority)
  priority: WaitingPriority;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int, { description: 'Version of the priority and note; 0 while they were never set.' })
  version: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the priority or note last changed.' })
  updatedAt: Date | null;
}

@ObjectType('WaitingList')
export class WaitingList {
  @Field(() => Int, { description: "The municipality's waiting norm in days (42, six weeks, unless the regisseur set another)." })
  normDays: number;

  @Field(() => [WaitingListEntryView], { description: 'URGENT first, then HIGH, then NORMAL; within a priority the longest wait first.' })
  entries: WaitingListEntryView[];
}

@ObjectType('WaitingListEntryPayload')
export class WaitingListEntryPayload {
  @Field(() => WaitingListEntryView, { nullable: true })
  entry: WaitingListEntryView | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('WaitingNormPayload')
export class WaitingNormPayload {
  @Field(() => Int, { nullable: true })
  normDays: number | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
