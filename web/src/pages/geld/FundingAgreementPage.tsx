import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatText, FUNDING_AGREEMENT_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Notice } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import type { MoneyFundingAgreementQuery } from '../../gql/graphql';
import { FUNDING_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { NotFoundPage } from '../NotFoundPage';
import { AgreeAction } from './AgreeAction';
import { CloseAction } from './CloseAction';
import { AgreementSummary, PaymentsTable } from './AgreementSummary';
import { EndAction } from './EndAction';
import { FUNDING_AGREEMENT } from './funding.documents';
import { AgreementHelp } from './help';
import { PaymentForm } from './PaymentForm';
import { AuditTrail } from '../../components/AuditTrail';

export type AgreementNode = Exclude<NonNullable<MoneyFundingAgreementQuery['node']>, Record<PropertyKey, never>>;

const isAgreement = (node: MoneyFundingAgreementQuery['node']): node is AgreementNode => Boolean(node && 'amountCents' in node);

export function FundingAgreementPage({ id }: { id: string }) {
  const query = useQuery(FUNDING_AGREEMENT, { variables: { id } });
  return (
    <QueryState query={query} what={T.what}>
      {(data) => (isAgreement(data.node) ? <Agreement a={data.node} refetch={() => void query.refetch()} /> : <NotFoundPage />)}
    </QueryState>
  );
}

function Agreement({ a, refetch }: { a: AgreementNode; refetch: () => void }) {
  const viewer = useViewer();
  const own = viewer.role === 'PROVIDER_REP' ? viewer.provider?.id : undefined;
  const payer = own !== undefined && own === a.from.id;
  const receiver = own !== undefined && own === a.to.id;
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={formatText(T.title, { from: a.from.name, to: a.to.name })}>
        {formatText(T.title, { from: a.from.name, to: a.to.name })} <StatusBadge status={a.status.toLowerCase()}>{FUNDING_STATUS_LABELS[a.status]}</StatusBadge>
      </PageHeading>
      <AgreementHelp />
      {notice && <Notice>{notice}</Notice>}
      <Paragraph>
        <Link to="/financiering">{T.back}</Link>
      </Paragraph>
      <AgreementSummary a={a} />
      {a.status === 'PROPOSED' && receiver && <AgreeAction a={a} onStale={refetch} onDone={setNotice} />}
      {a.status === 'PROPOSED' && receiver && <CloseAction a={a} as="receiver" onStale={refetch} onDone={setNotice} />}
      {a.status === 'PROPOSED' && !receiver && <Paragraph>{formatText(T.waiting, { to: a.to.name })}</Paragraph>}
      {a.status === 'PROPOSED' && payer && <CloseAction a={a} as="payer" onStale={refetch} onDone={setNotice} />}
      <section aria-labelledby="betalingen" className="section">
        <Heading2 id="betalingen">{T.payments}</Heading2>
        <PaymentsTable a={a} />
        {a.status === 'AGREED' && payer && <PaymentForm a={a} onDone={setNotice} onStale={refetch} />}
      </section>
      {a.status === 'AGREED' && (payer || receiver) && <EndAction a={a} onStale={refetch} onDone={setNotice} />}
      <AuditTrail id={a.id} />
    </>
  );
}
