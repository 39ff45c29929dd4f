import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { Link } from '../lib/router';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Pagina niet gevonden" />
      <Paragraph>Deze pagina bestaat niet, of is er niet voor uw rol.</Paragraph>
      <Paragraph>
        <Link to="/">Naar de startpagina</Link>
      </Paragraph>
    </>
  );
}
