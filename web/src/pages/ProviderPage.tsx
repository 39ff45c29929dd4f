import { useQuery } from '@apollo/client/react';
import { PROVIDER_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AuditTrail } from '../components/AuditTrail';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { QueryState } from '../components/States';
import { Link, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { OverviewFigures } from './OverviewFigures';
import { defaultPeriod } from './OverviewPage';
import { FundingAgreements } from './provider/FundingAgreements';
import { ProviderDetails } from './provider/ProviderDetails';
import { PROVIDER } from './provider/provider.documents';
import { ProviderManage } from './provider/ProviderAdmin';

/** One provider: who it is, its figures this year, its arrangements and representatives, and (for the regisseur) its changes. */
export function ProviderPage({ id }: { id: string }) {
  const staff = ['REGISSEUR', 'ADMIN'].includes(useViewer().role);
  const { search } = useLocation();
  const def = defaultPeriod();
  const from = search.get('van') ?? def.from;
  const to = search.get('tot') ?? def.to;
  const query = useQuery(PROVIDER, { variables: { id, withRepresentatives: staff } });
  const provider = query.data?.node?.__typename === 'Provider' ? query.data.node : null;
  return (
    <>
      <PageHeading title={provider ? provider.name : T.title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpFigures}</Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/aanbieders">{T.back}</Link>
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {() =>
          !provider ? (
            <Alert type="warning">
              <Paragraph>{T.notFound}</Paragraph>
            </Alert>
          ) : (
            <>
              <ProviderDetails provider={provider} staff={staff} />
              {staff && <ProviderManage key={provider.version} provider={provider} />}
              <section aria-labelledby="cijfers" className="section">
                <Heading2 id="cijfers">{T.figures}</Heading2>
                <OverviewFigures from={from} to={to} providerId={provider.id} headingLevel={3} />
                <Paragraph>
                  <Link to={`/overzicht?${new URLSearchParams({ van: from, tot: to, aanbieder: provider.id }).toString()}`}>{T.overviewLink}</Link>
                </Paragraph>
              </section>
              {staff && <FundingAgreements providerId={provider.id} />}
              <AuditTrail id={provider.id} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
