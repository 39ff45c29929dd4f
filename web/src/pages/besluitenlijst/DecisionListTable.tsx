import { BESLUITENLIJST_TEXTS as T, formatText } from '@regiekamer/texts';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { DecisionListQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { CLIENT_COUNCIL_VERDICT_LABELS, DECISION_OUTCOME_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';

type ListedDecision = DecisionListQuery['decisionList']['edges'][number]['node'];

/** The decisions with outcome, votes, minority position and the council's check: a card per decision on a phone. */
export function DecisionListTable({ decisions }: { decisions: ListedDecision[] }) {
  return (
    <ResponsiveTable
      label={T.title}
      caption={T.title}
      empty={T.empty}
      columns={[
        { key: 'date', header: T.colDate, nowrap: true },
        { key: 'decision', header: T.colDecision, rowHeader: true, prose: true },
        { key: 'outcome', header: T.colOutcome },
        { key: 'votes', header: T.colVotes },
        { key: 'minority', header: T.colMinority, prose: true },
        { key: 'council', header: T.colCouncil },
      ]}
      rows={decisions.map((d) => ({
        key: d.id,
        cells: {
          date: formatDate(d.decidedOn),
          decision: (
            <>
              {d.proposal && (
                <>
                  <Link to={`/voorstellen/${encodeURIComponent(d.proposal.id)}`}>{d.proposal.title}</Link>:{' '}
                </>
              )}
              {d.text}
            </>
          ),
          outcome: DECISION_OUTCOME_LABELS[d.outcome],
          votes:
            d.votesFor === null && d.votesAgainst === null && d.votesAbstain === null
              ? T.noVote
              : formatText(T.votes, { for: d.votesFor ?? 0, against: d.votesAgainst ?? 0, abstain: d.votesAbstain ?? 0 }),
          minority: d.minorityPosition ?? T.noMinority,
          council: d.proposal?.clientCouncilCheck
            ? `${CLIENT_COUNCIL_VERDICT_LABELS[d.proposal.clientCouncilCheck.verdict]} (${formatDate(d.proposal.clientCouncilCheck.checkedOn)})`
            : d.kind === 'PROPOSAL'
              ? T.notChecked
              : T.noMinority,
        },
      }))}
    />
  );
}
