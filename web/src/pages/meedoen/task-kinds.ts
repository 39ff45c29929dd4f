import type { MyTaskKind } from '../../gql/graphql';

/** What each kind of task asks, as the list and the task's screen name it. */
export const TASK_KIND_LABELS: Record<MyTaskKind, string> = {
  PERSPECTIVE: 'Geef het perspectief van de bewoners',
  STANCE: 'Geef uw standpunt voor het besluit',
  COUNCIL_CHECK: 'Toets het besluit als cliëntenraad',
  MINORITY_CONFIRM: 'Bevestig het standpunt van de minderheid',
};
