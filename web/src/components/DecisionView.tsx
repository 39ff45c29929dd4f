import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import type { DecisionOutcome } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { DECISION_OUTCOME_LABELS } from '../lib/labels';

export interface DecisionLike {
  text: string;
  outcome: DecisionOutcome;
  decidedOn: string;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  minorityPosition?: string | null;
  responsible?: string | null;
}

/** A decision always with its vote and, beside it, the minority's position (Deep Democracy). */
export function DecisionView({ d }: { d: DecisionLike }) {
  const voted = d.votesFor !== null && d.votesFor !== undefined;
  return (
    <div className="decision">
      <Paragraph className="decision__text">
        <strong>{DECISION_OUTCOME_LABELS[d.outcome]}</strong> op {formatDate(d.decidedOn)}: {d.text}
      </Paragraph>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>Stemming</DataListKey>
          <DataListValue>
            {voted ? `${d.votesFor} voor, ${d.votesAgainst ?? 0} tegen, ${d.votesAbstain ?? 0} onthouding` : 'Bij consensus'}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Standpunt van de minderheid</DataListKey>
          <DataListValue>{d.minorityPosition ?? (voted && (d.votesAgainst ?? 0) > 0 ? 'Niet vastgelegd' : 'Geen minderheid')}</DataListValue>
        </DataListItem>
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
