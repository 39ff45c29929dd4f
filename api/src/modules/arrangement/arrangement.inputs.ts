import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { PageArgsType } from '../../shared/graphql/args';
import { ArrangementForm, ArrangementStatus, EndReason, GoalAttainment, ProductCategory } from './arrangement.entity';

@InputType('ArrangementFilter')
export class ArrangementFilter {
  @Field(() => ID, { nullable: true })
  providerId?: string | null;

  @Field(() => ArrangementStatus, { nullable: true })
  status?: ArrangementStatus | null;

  @Field(() => ProductCategory, { nullable: true })
  productCategory?: ProductCategory | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Representatives only: arrangements whose client key starts with this text (case-insensitive). Others get FORBIDDEN: they never see client keys.',
  })
  clientKeyStartsWith?: string | null;
}

/** Filter on a provider's own arrangement list: the provider is already given. */
@InputType('ProviderArrangementFilter')
export class ProviderArrangementFilter {
  @Field(() => ArrangementStatus, { nullable: true })
  status?: ArrangementStatus | null;

  @Field(() => ProductCategory, { nullable: true })
  productCategory?: ProductCategory | null;
}

@ArgsType()
export class ArrangementsArgs extends PageArgsType {
  @Field(() => ArrangementFilter, { nullable: true })
  filter?: ArrangementFilter | null;
}

@ArgsType()
export class ProviderArrangementsArgs extends PageArgsType {
  @Field(() => ProviderArrangementFilter, { nullable: true })
  filter?: ProviderArrangementFilter | null;
}

@InputType('ArrangementInput')
export class ArrangementInput {
  @Field(() => ID, { nullable: true, description: "Optional: must be the representative's own provider." })
  providerId?: string | null;

  @Field(() => String, { description: "The provider's pseudonymous key of the resident; never a BSN or name." })
  clientKey: string;

  @Field(() => ProductCategory)
  productCategory: ProductCategory;

  @Field(() => ArrangementForm)
  form: ArrangementForm;

  @Field(() => LocalDateResolver)
  requestedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Without a start date the arrangement stays REQUESTED.' })
  startsOn?: string | null;

  @Field(() => Float)
  hoursPerWeek: number;

  @Field(() => SafeIntResolver)
  plannedCostCents: number;

  @Field(() => [String], { nullable: true })
  goals?: string[] | null;
}

@InputType('ArrangementUpdateInput')
export class ArrangementUpdateInput {
  @Field(() => String, { nullable: true })
  clientKey?: string | null;

  @Field(() => ProductCategory, { nullable: true })
  productCategory?: ProductCategory | null;

  @Field(() => ArrangementForm, { nullable: true })
  form?: ArrangementForm | null;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn?: string | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek?: number | null;

  @Field(() => SafeIntResolver, { nullable: true })
  plannedCostCents?: number | null;

  @Field(() => [String], { nullable: true })
  goals?: string[] | null;

  @Field(() => ArrangementStatus, { nullable: true, description: 'REQUESTED → ACTIVE, ACTIVE ⇄ PAUSED; ending is arrangementEnd.' })
  status?: ArrangementStatus | null;
}

@InputType('ArrangementEndInput')
export class ArrangementEndInput {
  @Field(() => LocalDateResolver)
  endedOn: string;

  @Field(() => EndReason)
  endReason: EndReason;

  @Field(() => GoalAttainment)
  goalAttainment: GoalAttainment;
}

@InputType('ArrangementReportInput')
export class ArrangementReportInput {
  @Field(() => LocalDateResolver)
  periodStart: string;

  @Field(() => LocalDateResolver)
  periodEnd: string;

  @Field(() => Float)
  hoursDelivered: number;

  @Field(() => SafeIntResolver)
  costCents: number;

  @Field(() => String, { nullable: true })
  remarks?: string | null;
}

@InputType('ArrangementReportCorrectInput')
export class ArrangementReportCorrectInput {
  @Field(() => String, { description: 'Why the report was wrong.' })
  reason: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The right hours of the period; with costCents, or neither (then the report is only reversed).',
  })
  hoursDelivered?: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: 'The right cost of the period in euro cents; with hoursDelivered, or neither.' })
  costCents?: number | null;

  @Field(() => String, { nullable: true, description: 'Remarks of the corrected values.' })
  remarks?: string | null;
}

@ArgsType()
export class ReportsArgs extends PageArgsType {}
