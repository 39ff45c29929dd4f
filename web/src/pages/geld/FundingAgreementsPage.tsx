import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
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
      <PageHeading title="Financiering tussen aanbieders" />
      <FundingHelp />
      <Paragraph>
        <Link to="/geldstromen">Geldstromen: wie betaalt wie, per periode</Link>
        {viewer.role === 'PROVIDER_REP' && (
          <>
            {' · '}
            <Link to="/financiering/nieuw">Financiering voorstellen</Link>
          </>
        )}
      </Paragraph>
      <div className="search-form">
        <SelectField
          formId="financiering-filter"
          name="status"
          label="Status"
          errors={[]}
          required={false}
          value={status}
          onChange={(value) => {
            setStatus(value);
            pager.reset();
          }}
          options={options(FUNDING_STATUS_LABELS)}
          emptyLabel="Alle"
        />
      </div>
      <QueryState query={query} what="De afspraken">
        {(data) =>
          data.fundingAgreements.edges.length === 0 ? (
            <Paragraph>Er zijn geen financieringsafspraken{status ? ' met deze status' : ''}.</Paragraph>
          ) : (
            <>
              <AgreementsTable agreements={data.fundingAgreements.edges.map((e) => e.node)} />
              <Pager
                label="financieringsafspraken"
                page={pager.page}
                pageSize={50}
                shown={data.fundingAgreements.edges.length}
                totalCount={null}
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
