import { useQuery } from '@apollo/client/react';
import { formatText, OVERLEG_DETAIL_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { ActionCreateForm } from './ActionCreateForm';
import { MinutesForm } from './MinutesForm';
import { OVERLEG } from './overleg.documents';
import { OverlegCard } from './OverlegCard';
import { OverlegEdit } from './OverlegEdit';
import { OverlegCancel } from './OverlegCancel';
import { OverlegRolesForm } from './OverlegRolesForm';
import { AuditTrail } from '../../components/AuditTrail';
import { DocumentsSection } from '../../components/documents/DocumentsSection';

/** One meeting; the regisseur also changes it, names its chair and minute-taker, writes the minutes and adds actions here. */
export function OverlegDetailPage({ id }: { id: string }) {
  const viewer = useViewer();
  const query = useQuery(OVERLEG, { variables: { id } });
  const o = query.data?.node?.__typename === 'Overleg' ? query.data.node : null;
  const refetch = () => query.refetch();
  return (
    <>
      <PageHeading title={o ? formatText(T.titleOf, { title: o.title }) : T.title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpDecision}</Paragraph>
        <Paragraph>{T.helpLate}</Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/overleg">{T.back}</Link>
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {() =>
          o ? (
            <>
              <OverlegCard o={o} onChanged={refetch} />
              {viewer.role === 'REGISSEUR' && o.status !== 'CANCELLED' && (
                <>
                  <ActionCreateForm sourceId={o.id} onCreated={refetch} />
                  <OverlegRolesForm o={o} />
                </>
              )}
              {/* The regisseur, or whoever is its minute-taker. */}
              {o.mayRecordMinutes && o.status !== 'CANCELLED' && <MinutesForm o={o} refetch={refetch} />}
              {viewer.role === 'REGISSEUR' && o.status !== 'CANCELLED' && (
                <>
                  <OverlegEdit o={o} refetch={refetch} />
                  {!o.minutes && <OverlegCancel o={o} refetch={refetch} />}
                </>
              )}
              <DocumentsSection ownerId={o.id} />
              <AuditTrail id={o.id} />
            </>
          ) : (
            <Paragraph>{T.notFound}</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}
