import { Field, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@InputType('NetworkPlanInput')
export class NetworkPlanInput {
  @Field(() => LocalDateResolver, { description: 'When the family group conference was held.' })
  conferenceHeldOn: string;

  @Field(() => Int, { description: 'People of the network who took part.' })
  participantsCount: number;

  @Field(() => String, { description: 'The independent coordinator of the conference.' })
  coordinator: string;

  @Field(() => String)
  planSummary: string;

  @Field(() => [String], { description: 'What the network decided; the professional follows it.' })
  decisionsOfNetwork: string[];

  @Field(() => String, { description: 'What the network asks of the professional.' })
  professionalRole: string;
}
