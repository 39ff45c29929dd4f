import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { SeriesFigures } from '../monitor/monitor.types';
import { MaatwerkProvision } from './maatwerk.entity';

export enum MaatwerkInterval {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(MaatwerkInterval, { name: 'MaatwerkInterval', description: 'The buckets of the maatwerk curve: months, quarters or years.' });

const PROTECTED = ' Analysts get it protected by the cell key method (docs/disclosure-control.md).';

@ObjectType('MaatwerkFigures', { simpleResolvers: true })
export class MaatwerkFigures {
  @Field(() => Int, { description: `Residents with maatwerk in an average loaded month of the bucket (rounded).${PROTECTED}` })
  clients: number;

  @Field(() => SafeIntResolver, { description: `Cost of the bucket's months, in cents.${PROTECTED}` })
  costCents: number;

  @Field(() => Int, { nullable: true, description: `Residents who started in the bucket's months; null when the file did not say.${PROTECTED}` })
  newClients: number | null;
}

@ObjectType('MaatwerkProvisionFigures', { simpleResolvers: true })
export class MaatwerkProvisionFigures extends MaatwerkFigures {
  @Field(() => MaatwerkProvision)
  provision: MaatwerkProvision;
}

@ObjectType('MaatwerkBucket', { simpleResolvers: true })
export class MaatwerkBucket {
  @Field(() => LocalDateResolver)
  periodStart: string;

  @Field(() => LocalDateResolver)
  periodEnd: string;

  @Field(() => Int, { description: 'Months of the bucket for which maatwerk figures are loaded (0: none, the figures are 0).' })
  monthsLoaded: number;

  @Field(() => MaatwerkFigures, { description: 'Maatwerk, all provisions.' })
  maatwerk: MaatwerkFigures;

  @Field(() => [MaatwerkProvisionFigures], { description: 'Maatwerk per provision with figures in the bucket.' })
  byProvision: MaatwerkProvisionFigures[];

  @Field(() => SeriesFigures, { description: 'The algemene voorziening in the same bucket: the figures of overview.series.' })
  algemeneVoorziening: SeriesFigures;
}

@ObjectType('MaatwerkLoadedMonth', { simpleResolvers: true })
export class MaatwerkLoadedMonth {
  @Field({ description: 'jjjj-mm.' })
  month: string;

  @Field(() => Int, { description: 'Provisions stored for the month.' })
  rows: number;

  @Field({ description: 'The file the month came from.' })
  fileName: string;

  @Field(() => DateTimeResolver)
  importedAt: Date;

  @Field({ description: 'Who imported it.' })
  importedBy: string;
}

@ObjectType('MaatwerkSeries', { simpleResolvers: true })
export class MaatwerkSeries {
  @Field(() => [MaatwerkBucket])
  buckets: MaatwerkBucket[];

  /** Resolved on its own (MaatwerkResolver.loadedMonths), only when asked. */
  loadedMonths: MaatwerkLoadedMonth[] | null;
}
