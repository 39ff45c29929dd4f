import { useQuery } from '@apollo/client/react';
import { ARRANGEMENT_PAGE_TEXTS as T, formatText } from '@regiekamer/texts';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { AuditTrail } from '../components/AuditTrail';
import { Notice } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { Link, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { ARRANGEMENT } from './arrangement-documents';
import { EditSection } from './arrangement/EditSection';
import { EndSection } from './arrangement/EndSection';
import { NetworkPlanSection } from './arrangement/NetworkPlanSection';
import { ReportSection } from './arrangement/ReportSection';
import { REPORTS_PAGE, ReportsTable } from './arrangement/ReportsTable';
import { Summary } from './arrangement/Summary';
import { SurveyCodeSection } from './arrangement/SurveyCodeSection';

/** One arrangement: its representative changes, reports and ends it; the regisseur and the admin read it. */
export function ArrangementPage({ id }: { id: string }) {
  const { search } = useLocation();
  const own = useViewer().role === 'PROVIDER_REP';
  const pager = useCursorPager();
  const query = useQuery(ARRANGEMENT, { variables: { id, reportsFirst: REPORTS_PAGE, reportsAfter: pager.after } });
  const arrangement = query.data?.node?.__typename === 'Arrangement' ? query.data.node : null;
  const title = arrangement ? formatText(T.titleWithKey, { clientKey: arrangement.clientKey ?? '' }).trim() : T.title;

  return (
    <>
      <PageHeading title={title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>
          {T.helpCosts}
          {own ? T.helpOwn : T.helpReadOnly}
        </Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/arrangementen">{own ? T.backOwn : T.back}</Link>
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {() =>
          !arrangement ? (
            <Alert type="warning">
              <Paragraph>{T.notFound}</Paragraph>
            </Alert>
          ) : (
            <>
              {search.get('aangemaakt') && <Notice>{T.created}</Notice>}
              <Summary a={arrangement} own={own} />
              {own && <EditSection a={arrangement} refetch={() => query.refetch()} />}
              <NetworkPlanSection a={arrangement} own={own} />
              {own && arrangement.status !== 'REQUESTED' && arrangement.status !== 'ENDED' && <ReportSection a={arrangement} />}
              <ReportsTable reports={arrangement.reports} pager={pager} own={own} refetch={() => query.refetch()} />
              {own && arrangement.status !== 'ENDED' && <EndSection a={arrangement} refetch={() => query.refetch()} />}
              {own && arrangement.status !== 'REQUESTED' && <SurveyCodeSection arrangementId={arrangement.id} />}
              <AuditTrail id={arrangement.id} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
