import { TASK_KIND_TEXTS } from '@regiekamer/texts';
import type { MyTaskKind } from '../../gql/graphql';

/** What each kind of task asks, as the list and the task's screen name it. */
export const TASK_KIND_LABELS: Record<MyTaskKind, string> = {
  PERSPECTIVE: TASK_KIND_TEXTS.PERSPECTIVE,
  STANCE: TASK_KIND_TEXTS.STANCE,
  COUNCIL_CHECK: TASK_KIND_TEXTS.COUNCIL_CHECK,
  MINORITY_CONFIRM: TASK_KIND_TEXTS.MINORITY_CONFIRM,
};
