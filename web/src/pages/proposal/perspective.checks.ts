import { PERSPECTIVE_CHECKS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { Perspective } from '../../gql/graphql';
import { checkLengths } from '../../lib/checks';

/** What the perspective form holds, as typed. */
export interface PerspectiveValues {
  perspective: Perspective | '';
  position: string;
  advice: string;
  consulted: string;
}

/** Checks what can be checked in the browser; the server checks everything again. */
export function checkPerspective(values: PerspectiveValues): FieldError[] {
  const found: FieldError[] = [];
  if (!values.perspective) found.push({ field: 'perspective', message: T.sideMissing });
  if (!values.position.trim()) found.push({ field: 'position', message: T.positionMissing });
  found.push(
    ...checkLengths({
      position: [values.position.trim(), TEXT_MAX.perspectivePosition, T.positionTooLong],
      advice: [values.advice.trim(), TEXT_MAX.perspectiveAdvice, T.adviceTooLong],
    }),
  );
  return found;
}
