import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Link } from '../../lib/router';

/** The start page of a resident or client council member: what is asked of them. */
export function ParticipantHomePage() {
  return (
    <>
      <PageHeading title="Wat wordt er van mij gevraagd" />
      <PageHelp>
        <Paragraph>
          Hier ziet u wat er van u gevraagd wordt: uw kijk op een voorstel, uw standpunt voor een besluit, uw stem bij het kiezen van opgaven of de
          toets van de cliëntenraad. U krijgt een melding zodra er iets voor u klaarstaat.
        </Paragraph>
      </PageHelp>
      <Paragraph>Er wordt nu niets van u gevraagd.</Paragraph>
      <Paragraph>
        <Link to="/meldingen">Naar uw meldingen</Link>
      </Paragraph>
    </>
  );
}
