import { Fragment } from 'react';
import { useQuery } from '@apollo/client/react';
import { CONVENANT_PAGE_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { useViewer } from '../../lib/session';
import { ConvenantCard } from './ConvenantCard';
import { ConvenantCreateForm } from './ConvenantCreateForm';
import { CONVENANTS } from './convenant.documents';
import { AuditTrail } from '../../components/AuditTrail';
import { DocumentsSection } from '../../components/documents/DocumentsSection';

export function ConvenantPage() {
  const viewer = useViewer();
  const query = useQuery(CONVENANTS);
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpInForce}</Paragraph>
        <Paragraph>{T.helpAmendment}</Paragraph>
        <Paragraph>{T.helpSigned}</Paragraph>
      </PageHelp>
      <QueryState query={query} what={T.what}>
        {(data) =>
          data.convenants.edges.length === 0 ? (
            <Paragraph>{T.none}</Paragraph>
          ) : (
            data.convenants.edges.map(({ node }) => (
              <Fragment key={node.id}>
                <ConvenantCard c={node} />
                <DocumentsSection ownerId={node.id} />
                <AuditTrail id={node.id} />
              </Fragment>
            ))
          )
        }
      </QueryState>
      {viewer.role === 'REGISSEUR' && <ConvenantCreateForm />}
    </>
  );
}
