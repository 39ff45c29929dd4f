/**
 * The indicators a threshold is set on, as the regisseur reads them. Apart from the rest of the outcome texts: the
 * home page's attention list names them, and it stays within the first page's budget only without the others.
 */
export const OUTCOME_INDICATOR_TEXTS = {
  RE_REQUEST_RATE: 'Opnieuw aangevraagd binnen zes maanden',
  EARLY_ENDING_RATE: 'Voortijdig beëindigd',
  GOALS_NOT_ACHIEVED_RATE: 'Doelen niet bereikt',
  MEDIAN_WAITING_OVER_NORM: 'Mediane wachttijd boven de wachtnorm',
  MEDIAN_DURATION_OVER_NORM: 'Mediane duur boven de duurnorm',
} as const;
