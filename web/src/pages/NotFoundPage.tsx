import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { Link } from '../lib/router';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Pagina niet gevonden" />
      <PageHelp>
        <Paragraph>
          U kwam hier via een link of een adres dat niet (meer) klopt. Het kan ook zijn dat deze pagina niet bij uw rol hoort. Via het menu of de
          startpagina komt u verder.
        </Paragraph>
      </PageHelp>
      <Paragraph>Deze pagina bestaat niet, of is er niet voor uw rol.</Paragraph>
      <Paragraph>
        <Link to="/">Naar de startpagina</Link>
      </Paragraph>
    </>
  );
}
