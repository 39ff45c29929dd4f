import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { DECISION_VIEW_TEXTS as T, formatText } from '@regiekamer/texts';
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
  if (d.kind === 'OPGAVE_SELECTION') return T.bySelectionVote;
  if (d.votesFor !== null && d.votesFor !== undefined)
    return formatText(T.votes, { for: String(d.votesFor), against: String(d.votesAgainst ?? 0), abstain: String(d.votesAbstain ?? 0) });
  return T.byConsensus;
}

/** A decision always with its vote and, beside it, the minority's position (Deep Democracy). */
export function DecisionView({ d }: { d: DecisionLike }) {
  const voted = d.votesFor !== null && d.votesFor !== undefined;
  const selection = d.kind === 'OPGAVE_SELECTION';
  const losing = d.outcome === 'REJECTED' ? d.votesFor : d.votesAgainst;
  const noMinority = selection ? T.notRecorded : voted && (losing ?? 0) > 0 ? T.notRecorded : T.noMinority;
  const confirmed = d.minorityPosition && !selection ? (d.minorityConfirmedAt ? T.confirmed : T.notConfirmed) : '';
  return (
    <div className="decision">
      <Paragraph className="decision__text">
        <strong>{DECISION_OUTCOME_LABELS[d.outcome]}</strong> {T.decidedOn} {formatDate(d.decidedOn)}: {d.text}
      </Paragraph>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>{T.vote}</DataListKey>
          <DataListValue>{howDecided(d)}</DataListValue>
        </DataListItem>
        {d.paperTally && (
          <DataListItem>
            <DataListKey>{T.onPaper}</DataListKey>
            <DataListValue>
              {formatText(T.votes, { for: String(d.paperTally.agree), against: String(d.paperTally.disagree), abstain: String(d.paperTally.abstain) })}
            </DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{selection ? T.minorityWisdom : T.minorityPosition}</DataListKey>
          <DataListValue className="preserve">
            {d.minorityPosition ?? noMinority}
            {confirmed}
          </DataListValue>
        </DataListItem>
        {d.kerngroepAdviceWeighing && (
          <DataListItem>
            <DataListKey>{T.adviceWeighing}</DataListKey>
            <DataListValue>{d.kerngroepAdviceWeighing}</DataListValue>
          </DataListItem>
        )}
        {d.responsible && (
          <DataListItem>
            <DataListKey>{T.responsible}</DataListKey>
            <DataListValue>{d.responsible}</DataListValue>
          </DataListItem>
        )}
      </DataList>
    </div>
  );
}
