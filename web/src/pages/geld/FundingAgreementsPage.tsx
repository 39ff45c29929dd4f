import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { FUNDING_AGREEMENTS_PAGE_TEXTS as T } from '@regiekamer/texts';
import { SelectField, options } from '../../components/Form';
import { Pager, useCursorPager } from '../../components/Pager';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import type { FundingAgreementStatus } from '../../gql/graphql';
import { FUNDING_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { FUNDING_AGREEMENTS } from './funding.documents';
import { AgreementsTable } from './AgreementsTable';
import { FundingHelp } from './help';

/** Funding agreements between providers: the regisseur sees them all, a representative those of their provider. */
export function FundingAgreementsPage() {
  const viewer = useViewer();
  const [status, setStatus] = useState<FundingAgreementStatus | ''>('');
  const pager = useCursorPager();
  const query = useQuery(FUNDING_AGREEMENTS, { variables: { filter: status ? { status } : null, after: pager.after } });
  return (
    <>
      <PageHeading title={T.title} />
      <FundingHelp />
      <Paragraph>
        <Link to="/geldstromen">{T.flowsLink}</Link>
        {viewer.role === 'PROVIDER_REP' && (
          <>
            {' · '}
            <Link to="/financiering/nieuw">{T.proposeLink}</Link>
          </>
        )}
      </Paragraph>
      <div className="search-form">
        <SelectField
          formId="financiering-filter"
          name="status"
          label={T.statusLabel}
          errors={[]}
          required={false}
          value={status}
          onChange={(value) => {
            setStatus(value);
            pager.reset();
          }}
          options={options(FUNDING_STATUS_LABELS)}
          emptyLabel={T.statusAll}
        />
      </div>
      <QueryState query={query} what={T.what}>
        {(data) =>
          data.fundingAgreements.edges.length === 0 ? (
            <Paragraph>{status ? T.noneWithStatus : T.none}</Paragraph>
          ) : (
            <>
              <AgreementsTable agreements={data.fundingAgreements.edges.map((e) => e.node)} />
              <Pager
                label={T.pagerLabel}
                page={pager.page}
                pageSize={50}
                shown={data.fundingAgreements.edges.length}
                totalCount={data.fundingAgreements.totalCount}
                hasNextPage={data.fundingAgreements.pageInfo.hasNextPage}
                endCursor={data.fundingAgreements.pageInfo.endCursor}
                onNext={pager.next}
                onPrevious={pager.previous}
              />
            </>
          )
        }
      </QueryState>
    </>
  );
}
