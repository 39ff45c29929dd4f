import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { AtelierMeetingKind } from './atelier.entity';

@InputType('AtelierPlanInput')
export class AtelierPlanInput {
  @Field(() => ID)
  opgaveId: string;

  @Field(() => String)
  title: string;

  @Field(() => Float, { nullable: true, description: 'Facilitator hours norm; default 30.' })
  hoursNorm?: number | null;
}

@InputType('AtelierMeetingRecordInput')
export class AtelierMeetingRecordInput {
  @Field(() => ID)
  atelierId: string;

  @Field(() => AtelierMeetingKind)
  kind: AtelierMeetingKind;

  @Field(() => LocalDateResolver)
  heldOn: string;

  @Field(() => Int, { nullable: true })
  participantCount?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType('AtelierHoursLogInput')
export class AtelierHoursLogInput {
  @Field(() => ID)
  atelierId: string;

  @Field(() => LocalDateResolver)
  workedOn: string;

  @Field(() => Float)
  hours: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('AtelierConcludeInput')
export class AtelierConcludeInput {
  @Field(() => String)
  outcome: string;

  @Field(() => String, { description: 'The decision about what follows.' })
  followUpDecision: string;
}
