import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { graphql } from '../gql';
import type { DecisionKind, DecisionOutcome } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { DECISION_OUTCOME_LABELS } from '../lib/labels';

/** What DecisionView shows: select it wherever a decision is shown. */
export const DECISION_FIELDS = graphql(`
  fragment DecisionFields on Decision {
    id
    kind
    text
    outcome
    decidedOn
    votesFor
    votesAgainst
    votesAbstain
    minorityPosition
    minorityConfirmedAt
    paperTally {
      agree
      disagree
      abstain
    }
    kerngroepAdviceWeighing
    responsible
  }
`);

export interface DecisionLike {
  kind: DecisionKind;
  text: string;
  outcome: DecisionOutcome;
  decidedOn: string;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  minorityPosition?: string | null;
  minorityConfirmedAt?: string | null;
  paperTally?: { agree: number; disagree: number; abstain: number } | null;
  kerngroepAdviceWeighing?: string | null;
  responsible?: string | null;
}

/**
 * How the decision was taken. A choice of opgaven is always a vote (counted per opgave, so it has no votes for or
 * against as a whole): it never reads "Bij consensus".
 */
export function howDecided(d: DecisionLike): string {
  if (d.kind === 'OPGAVE_SELECTION') return 'Bij meerderheid van stemmen (per opgave geteld)';
  if (d.votesFor !== null && d.votesFor !== undefined) return `${d.votesFor} voor, ${d.votesAgainst ?? 0} tegen, ${d.votesAbstain ?? 0} onthouding`;
  return 'Bij consensus';
}

/** A decision always with its vote and, beside it, the minority's position (Deep Democracy). */
export function DecisionView({ d }: { d: DecisionLike }) {
  const voted = d.votesFor !== null && d.votesFor !== undefined;
  const selection = d.kind === 'OPGAVE_SELECTION';
  const losing = d.outcome === 'REJECTED' ? d.votesFor : d.votesAgainst;
  const noMinority = selection ? 'Niet vastgelegd' : voted && (losing ?? 0) > 0 ? 'Niet vastgelegd' : 'Geen minderheid';
  const confirmed = d.minorityPosition && !selection ? (d.minorityConfirmedAt ? ' (bevestigd door de minderheid)' : ' (nog niet bevestigd door de minderheid)') : '';
  return (
    <div className="decision">
      <Paragraph className="decision__text">
        <strong>{DECISION_OUTCOME_LABELS[d.outcome]}</strong> op {formatDate(d.decidedOn)}: {d.text}
      </Paragraph>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>Stemming</DataListKey>
          <DataListValue>{howDecided(d)}</DataListValue>
        </DataListItem>
        {d.paperTally && (
          <DataListItem>
            <DataListKey>Waarvan op papier</DataListKey>
            <DataListValue>{`${d.paperTally.agree} voor, ${d.paperTally.disagree} tegen, ${d.paperTally.abstain} onthouding`}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{selection ? 'Wijsheid van de minderheid' : 'Standpunt van de minderheid'}</DataListKey>
          <DataListValue className="preserve">
            {d.minorityPosition ?? noMinority}
            {confirmed}
          </DataListValue>
        </DataListItem>
        {d.kerngroepAdviceWeighing && (
          <DataListItem>
            <DataListKey>Weging van het advies van de kerngroep</DataListKey>
            <DataListValue>{d.kerngroepAdviceWeighing}</DataListValue>
          </DataListItem>
        )}
        {d.responsible && (
          <DataListItem>
            <DataListKey>Verantwoordelijk</DataListKey>
            <DataListValue>{d.responsible}</DataListValue>
          </DataListItem>
        )}
      </DataList>
    </div>
  );
}
