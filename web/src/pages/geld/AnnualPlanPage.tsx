import { useQuery } from '@apollo/client/react';
import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ANNUAL_PLAN_PAGE_TEXTS as T, formatText } from '@regiekamer/texts';
import { Notice } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import type { MoneyAnnualPlanQuery } from '../../gql/graphql';
import { ANNUAL_PLAN_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { NotFoundPage } from '../NotFoundPage';
import { AdoptAction } from './AdoptAction';
import { PlanHelp } from './help';
import { PlanContents } from './PlanContents';
import { PLAN } from './plans.documents';
import { planOwner } from './QuarterGrid';
import { Quarters } from './Quarters';
import { AuditTrail } from '../../components/AuditTrail';
import { DocumentsSection } from '../../components/documents/DocumentsSection';

export type PlanNode = Exclude<NonNullable<MoneyAnnualPlanQuery['node']>, Record<PropertyKey, never>>;
const isPlan = (node: MoneyAnnualPlanQuery['node']): node is PlanNode => Boolean(node && 'budgetLines' in node);

export function AnnualPlanPage({ id }: { id: string }) {
  const query = useQuery(PLAN, { variables: { id } });
  return (
    <QueryState query={query} what={T.what}>
      {(data) => (isPlan(data.node) ? <Plan plan={data.node} refetch={() => void query.refetch()} /> : <NotFoundPage />)}
    </QueryState>
  );
}

function Plan({ plan, refetch }: { plan: PlanNode; refetch: () => void }) {
  const viewer = useViewer();
  const [notice, setNotice] = useState<string | null>(null);
  const title = formatText(T.title, { year: String(plan.year), owner: planOwner(plan) });
  return (
    <>
      <PageHeading title={title}>
        {title} <StatusBadge status={plan.status === 'ADOPTED' ? 'active' : 'requested'}>{ANNUAL_PLAN_STATUS_LABELS[plan.status]}</StatusBadge>
      </PageHeading>
      <PlanHelp />
      {notice && <Notice>{notice}</Notice>}
      <Paragraph>
        <Link to="/jaarplannen">{T.back}</Link>
      </Paragraph>
      <PlanContents plan={plan} />
      {plan.status === 'DRAFT' && viewer.role === 'REGISSEUR' && <AdoptAction plan={plan} onStale={refetch} onDone={setNotice} />}
      {plan.status === 'DRAFT' && viewer.role !== 'REGISSEUR' && <Paragraph>{T.draft}</Paragraph>}
      <Quarters plan={plan} />
      <DocumentsSection ownerId={plan.id} />
      <AuditTrail id={plan.id} />
    </>
  );
}
