import { PROPOSAL_DECIDE_CHECKS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { DecisionOutcome } from '../../gql/graphql';
import { checkLengths, checkNotFuture, present } from '../../lib/checks';
import { isLocalDate } from '../../lib/format';

/** What the decision form holds, as typed. */
export interface DecideValues {
  text: string;
  outcome: DecisionOutcome | '';
  decidedOn: string;
  /** Attendees without an account, counted on paper: added to the stances. */
  agree: string;
  disagree: string;
  abstain: string;
  minorityPosition: string;
  kerngroepAdviceWeighing: string;
  responsible: string;
  overlegId: string;
}

export function initialDecideValues(today: string): DecideValues {
  return {
    text: '',
    outcome: 'ADOPTED',
    decidedOn: today,
    agree: '0',
    disagree: '0',
    abstain: '0',
    minorityPosition: '',
    kerngroepAdviceWeighing: '',
    responsible: '',
    overlegId: '',
  };
}

const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

/**
 * Checks what can be checked in the browser (the server checks everything again), in the order of the fields on the
 * form; the paper votes as numbers when they are.
 */
export function checkDecision(v: DecideValues, today: string): { found: FieldError[]; votes: [number | null, number | null, number | null] } {
  const found: FieldError[] = [];
  if (!v.text.trim()) found.push({ field: 'text', message: T.textMissing });
  else found.push(...checkLengths({ text: [v.text.trim(), TEXT_MAX.decisionText, T.textTooLong] }));
  if (!v.outcome) found.push({ field: 'outcome', message: T.outcomeMissing });
  if (!isLocalDate(v.decidedOn)) found.push({ field: 'decidedOn', message: T.decidedOnMissing });
  else found.push(...present(checkNotFuture('decidedOn', v.decidedOn, today)));
  if (!v.overlegId) found.push({ field: 'overlegId', message: T.overlegMissing });
  const [f, a, ab] = [int(v.agree), int(v.disagree), int(v.abstain)];
  if (f === null) found.push({ field: 'agree', message: T.agreeInvalid });
  if (a === null) found.push({ field: 'disagree', message: T.disagreeInvalid });
  if (ab === null) found.push({ field: 'abstain', message: T.abstainInvalid });
  // The minority position is drafted by the server from the stances of the losing side; it asks for one when it cannot.
  found.push(
    ...checkLengths({
      minorityPosition: [v.minorityPosition.trim(), TEXT_MAX.minorityPosition, T.minorityPositionTooLong],
      kerngroepAdviceWeighing: [v.kerngroepAdviceWeighing.trim(), TEXT_MAX.minorityPosition, T.kerngroepAdviceWeighingTooLong],
      responsible: [v.responsible.trim(), TEXT_MAX.decisionResponsible, T.responsibleTooLong],
    }),
  );
  return { found, votes: [f, a, ab] };
}
