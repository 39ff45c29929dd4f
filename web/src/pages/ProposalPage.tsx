import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { AuditTrail } from '../components/AuditTrail';
import { DocumentsSection } from '../components/documents/DocumentsSection';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { QueryState } from '../components/States';
import { Link } from '../lib/router';
import { PROPOSAL } from './proposal/proposal.documents';
import { ProposalDetail } from './proposal/ProposalDetail';

export function ProposalPage({ id }: { id: string }) {
  const query = useQuery(PROPOSAL, { variables: { id } });
  const p = query.data?.node?.__typename === 'Proposal' ? query.data.node : null;
  return (
    <>
      <PageHeading title={p ? `Voorstel: ${p.title}` : 'Voorstel'} />
      <PageHelp>
        <Paragraph>
          Hier volgt u één voorstel door de cyclus van zes weken. Bewoners, medewerkers en organisatie geven elk hun standpunt. Daarna valt het
          besluit in het beleidsoverleg, en in week 6 horen de bewoners wat er besloten is. Een datum in het rood is te laat.
        </Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/voorstellen">Terug naar de voorstellen</Link>
      </Paragraph>
      <QueryState query={query} what="Het voorstel">
        {() =>
          p ? (
            <>
              <ProposalDetail p={p} refetch={() => query.refetch()} />
              <DocumentsSection ownerId={p.id} />
              <AuditTrail id={p.id} />
            </>
          ) : (
            <Paragraph>Dit voorstel bestaat niet.</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}
