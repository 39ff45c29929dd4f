import { useQuery } from '@apollo/client/react';
import { PRIVACY_KIND_TEXTS as K, PRIVACY_DECISION_TEXTS as D, PRIVACY_REQUEST_TEXTS as T, PRIVACY_STATUS_TEXTS as S, PRIVACY_REQUESTS_PAGE_TEXTS as W } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import type { PrivacyRequestFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { PRIVACY_REQUESTS } from './privacy-requests.documents';
import { RecordForm } from './RecordForm';

/**
 * Residents' requests about their data: the regisseur's list with due dates (overdue marked) and the form to record
 * one; a representative sees their own provider's requests, to link the client.
 */
export function PrivacyRequestsPage() {
  const viewer = useViewer();
  const regisseur = viewer.role === 'REGISSEUR';
  const query = useQuery(PRIVACY_REQUESTS, { variables: { openOnly: false } });
  return (
    <>
      <PageHeading title={T.heading} />
      <Paragraph>{regisseur ? T.intro : T.repIntro}</Paragraph>
      <QueryState query={query} what={W.what}>
        {(data) => <RequestTable requests={data.privacyRequests} />}
      </QueryState>
      {regisseur && <RecordForm onDone={() => void query.refetch().catch(() => {})} />}
    </>
  );
}

function RequestTable({ requests }: { requests: readonly PrivacyRequestFieldsFragment[] }) {
  return (
    <ResponsiveTable
      label={T.tableLabel}
      caption={T.tableLabel}
      empty={T.empty}
      columns={[
        { key: 'kind', header: T.colKind, rowHeader: true, nowrap: true },
        { key: 'provider', header: T.colProvider },
        { key: 'reference', header: T.colReference },
        { key: 'received', header: T.colReceived, nowrap: true },
        { key: 'due', header: T.colDue, nowrap: true },
        { key: 'status', header: T.colStatus },
        { key: 'open', header: T.open },
      ]}
      rows={requests.map((r) => ({
        key: r.id,
        cells: {
          kind: K[r.kind],
          provider: r.provider.name,
          reference: r.reference ?? '—',
          received: formatDate(r.receivedOn),
          due: r.overdue ? (
            <strong>
              {formatDate(r.dueOn)} ({T.overdue})
            </strong>
          ) : (
            <>
              {formatDate(r.dueOn)}
              {r.extended ? ` (${T.extended})` : ''}
            </>
          ),
          status: r.decision ? `${S[r.status]}: ${D[r.decision]}` : S[r.status],
          open: (
            <Link to={`/verzoeken/${encodeURIComponent(r.id)}`} aria-label={`${T.open}: ${K[r.kind]}, ${r.reference ?? formatDate(r.receivedOn)}`}>
              {T.open}
            </Link>
          ),
        },
      }))}
    />
  );
}
