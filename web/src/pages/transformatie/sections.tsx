import type { ComponentType } from 'react';
import type { TransformationFilters } from './filters';
import { SubstitutionSection } from './SubstitutionSection';
import { MaatwerkSection } from './MaatwerkSection';
import { OutcomesSection } from './OutcomesSection';
import { SurveySection } from './SurveySection';

/** What every section of the Transformatie page gets. */
export interface SectionProps {
  readonly filters: TransformationFilters;
}

/**
 * The sections of the page, in the order they are shown and printed. Each owns its query, chart, table and CSV, and
 * marks what the printed summary for the gemeenteraad leaves out with the class `transformatie-detail`.
 */
export const SECTIONS: readonly ComponentType<SectionProps>[] = [SubstitutionSection, OutcomesSection, SurveySection, MaatwerkSection];
