import { PROPOSAL_TABLE_TEXTS as T } from '@regiekamer/texts';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STEP_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { nextDeadline } from './next-deadline';

/** Proposals with their status, next deadline and what is late: a card per proposal on a phone. */
export function ProposalTable({ proposals, caption }: { proposals: ProposalFieldsFragment[]; caption: string }) {
  return (
    <ResponsiveTable
      label={caption}
      caption={caption}
      empty={T.empty}
      columns={[
        { key: 'title', header: T.title, rowHeader: true },
        { key: 'late', header: T.late },
        { key: 'next', header: T.next },
        { key: 'status', header: T.status, nowrap: true },
        { key: 'submitted', header: T.submitted, nowrap: true },
      ]}
      rows={proposals.map((p) => ({
        key: p.id,
        cells: {
          title: (
            <>
              <Link to={`/voorstellen/${encodeURIComponent(p.id)}`}>{p.title}</Link>
              {p.urgent && <span className="badge-urgent"> {T.urgent}</span>}
            </>
          ),
          late: p.overdue ? <span className="overdue">{p.overdueSteps.map((s) => PROPOSAL_STEP_LABELS[s]).join('; ')}</span> : T.notLate,
          next: nextDeadline(p) ?? '—',
          status: PROPOSAL_STATUS_LABELS[p.status],
          submitted: formatDate(p.submittedOn),
        },
      }))}
    />
  );
}
