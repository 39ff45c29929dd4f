import type { MessageText } from './messages.nl';

/** The Dutch texts of the outcome indicators (#22 "Outcomes under the inverted incentive"): labels, the page section, the digest. */

/** The indicators a threshold is set on, as the regisseur reads them. */
export const OUTCOME_INDICATOR_TEXTS = {
  RE_REQUEST_RATE: 'Opnieuw aangevraagd binnen zes maanden',
  EARLY_ENDING_RATE: 'Voortijdig beëindigd',
  GOALS_NOT_ACHIEVED_RATE: 'Doelen niet bereikt',
  MEDIAN_WAITING_OVER_NORM: 'Mediane wachttijd boven de wachtnorm',
  MEDIAN_DURATION_OVER_NORM: 'Mediane duur boven de duurnorm',
} as const;

export const OUTCOME_TEXTS = {
  /** The line of the regisseur's morning digest; figure and threshold come formatted ("40%", "12 dagen"). */
  digestLine:
    '{title}: {indicator} is {figure}, boven de drempel van {threshold} (laatste twaalf maanden, {count, plural, one {# geval} other {# gevallen}})',
  daysOverNorm: '{days, plural, one {# dag} other {# dagen}} boven de norm',
} as const;

/** The API's messages of the outcome indicators and their Dutch texts. */
export const OUTCOME_MESSAGE_TEXTS: readonly MessageText[] = [
  { api: 'A rate threshold must be a share from 0 to 1.', nl: 'Vul een percentage in van 0 tot en met 100.' },
  { api: 'A threshold in days must be a whole number from 0 to 3650.', nl: 'Vul een heel aantal dagen in van 0 tot en met 3650.' },
  { api: 'A representative sees the outcomes of their own provider only.', nl: 'U ziet alleen de uitkomsten van uw eigen organisatie.' },
  { api: 'This indicator has a threshold already.', nl: 'Voor deze indicator is al een drempel ingesteld.' },
  { api: 'This category has a duration norm already.', nl: 'Voor deze categorie is al een duurnorm ingesteld.' },
];
