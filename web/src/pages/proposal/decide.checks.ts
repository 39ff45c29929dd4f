import { TEXT_MAX } from '@regiekamer/texts';
import type { FieldError } from '../../components/Form';
import type { DecisionOutcome } from '../../gql/graphql';
import { checkLengths, checkNotFuture, present } from '../../lib/checks';
import { isLocalDate } from '../../lib/format';

/** What the decision form holds, as typed. */
export interface DecideValues {
  text: string;
  outcome: DecisionOutcome | '';
  decidedOn: string;
  votesFor: string;
  votesAgainst: string;
  votesAbstain: string;
  minorityPosition: string;
  responsible: string;
  overlegId: string;
}

export function initialDecideValues(today: string): DecideValues {
  return {
    text: '',
    outcome: 'ADOPTED',
    decidedOn: today,
    votesFor: '',
    votesAgainst: '0',
    votesAbstain: '0',
    minorityPosition: '',
    responsible: '',
    overlegId: '',
  };
}

const int = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

/** Checks what can be checked in the browser (the server checks everything again); the votes as numbers when they are. */
export function checkDecision(v: DecideValues, today: string): { found: FieldError[]; votes: [number | null, number | null, number | null] } {
  const found: FieldError[] = [];
  if (!v.text.trim()) found.push({ field: 'text', message: 'Vul de tekst van het besluit in.' });
  if (!v.outcome) found.push({ field: 'outcome', message: 'Kies de uitkomst.' });
  if (!isLocalDate(v.decidedOn)) found.push({ field: 'decidedOn', message: 'Vul de datum van het besluit in.' });
  else found.push(...present(checkNotFuture('decidedOn', v.decidedOn, today)));
  found.push(
    ...checkLengths({
      text: [v.text.trim(), TEXT_MAX.decisionText],
      minorityPosition: [v.minorityPosition.trim(), TEXT_MAX.minorityPosition],
      responsible: [v.responsible.trim(), TEXT_MAX.decisionResponsible],
    }),
  );
  const [f, a, ab] = [int(v.votesFor), int(v.votesAgainst), int(v.votesAbstain)];
  if (f === null) found.push({ field: 'votesFor', message: 'Vul het aantal stemmen voor in als heel getal.' });
  if (a === null) found.push({ field: 'votesAgainst', message: 'Vul het aantal stemmen tegen in als heel getal.' });
  if (ab === null) found.push({ field: 'votesAbstain', message: 'Vul het aantal onthoudingen in als heel getal.' });
  if (a !== null && a > 0 && !v.minorityPosition.trim())
    found.push({ field: 'minorityPosition', message: 'Er is tegengestemd: leg het standpunt van de minderheid vast.' });
  return { found, votes: [f, a, ab] };
}
