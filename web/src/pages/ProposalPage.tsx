import { useQuery } from '@apollo/client/react';
import { formatText, PROPOSAL_PAGE_TEXTS as T } from '@regiekamer/texts';
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
      <PageHeading title={p ? formatText(T.titleWithName, { title: p.title }) : T.title} />
      <PageHelp>
        <Paragraph>{T.help}</Paragraph>
      </PageHelp>
      <Paragraph>
        <Link to="/voorstellen">{T.back}</Link>
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {() =>
          p ? (
            <>
              <ProposalDetail p={p} refetch={() => query.refetch()} />
              <DocumentsSection ownerId={p.id} />
              <AuditTrail id={p.id} />
            </>
          ) : (
            <Paragraph>{T.notFound}</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}
