import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver, LocalTimeResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { MemberKind } from '../opgave/opgave.entity';
import { OverlegKind } from './overleg.entity';

@InputType('OverlegFilter')
export class OverlegFilter {
  @Field(() => OverlegKind, { nullable: true })
  kind?: OverlegKind | null;
}

@ArgsType()
export class OverleggenArgs extends PageArgsType {
  @Field(() => OverlegFilter, { nullable: true })
  filter?: OverlegFilter | null;
}

@InputType('OverlegParticipantInput')
export class OverlegParticipantInput {
  @Field(() => String)
  name: string;

  @Field(() => MemberKind)
  kind: MemberKind;

  @Field(() => String, { nullable: true })
  organisation?: string | null;
}

@InputType('OverlegInput')
export class OverlegInput {
  @Field(() => OverlegKind)
  kind: OverlegKind;

  @Field(() => String)
  title: string;

  @Field(() => LocalDateResolver)
  heldOn: string;

  @Field(() => LocalTimeResolver, { nullable: true, description: 'Start on Amsterdam clocks; give it with endsAt, or neither (a whole-day entry).' })
  startsAt?: string | null;

  @Field(() => LocalTimeResolver, { nullable: true, description: 'End on Amsterdam clocks, after startsAt.' })
  endsAt?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [OverlegParticipantInput], { nullable: true })
  participants?: OverlegParticipantInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Initial agenda items, in order.' })
  agenda?: string[] | null;
}

@InputType('OverlegUpdateInput')
export class OverlegUpdateInput {
  @Field(() => OverlegKind, { nullable: true })
  kind?: OverlegKind | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  heldOn?: string | null;

  @Field(() => LocalTimeResolver, { nullable: true, description: 'Left out: unchanged; null: no time any more (with endsAt null too).' })
  startsAt?: string | null;

  @Field(() => LocalTimeResolver, { nullable: true, description: 'Left out: unchanged; null: no time any more (with startsAt null too).' })
  endsAt?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => [OverlegParticipantInput], { nullable: true, description: 'Replaces the list of participants.' })
  participants?: OverlegParticipantInput[] | null;
}

@InputType('OverlegMinutesInput')
export class OverlegMinutesInput {
  @Field(() => String)
  minutes: string;
}

@InputType('OverlegAgendaItemAddInput')
export class OverlegAgendaItemAddInput {
  @Field(() => ID)
  overlegId: string;

  @Field(() => String)
  title: string;
}
