import { Fragment } from 'react';
import { useQuery } from '@apollo/client/react';
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
      <PageHeading title="Convenant" />
      <PageHelp>
        <Paragraph>Het convenant is de afspraak van de gemeente en de aanbieders over de algemene voorziening.</Paragraph>
        <Paragraph>
          Het is in werking als alle partijen hebben ondertekend, van de begindatum tot en met de einddatum. Er is nooit meer dan één convenant
          tegelijk in werking. Een handtekening wordt nooit gewijzigd of verwijderd.
        </Paragraph>
        <Paragraph>
          Een wijziging (budget, einddatum, aanbieders die toe- of uittreden) gaat in als alle partijen die het betreft hebben ondertekend. De
          geschiedenis toont elke versie met de reden.
        </Paragraph>
        <Paragraph>„Ondertekend” telt hoeveel partijen al hebben getekend. Het budget geldt voor de hele looptijd.</Paragraph>
      </PageHelp>
      <QueryState query={query} what="De convenanten">
        {(data) =>
          data.convenants.edges.length === 0 ? (
            <Paragraph>Er is nog geen convenant.</Paragraph>
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
