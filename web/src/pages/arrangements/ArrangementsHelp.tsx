import { Paragraph } from '@utrecht/component-library-react';
import { PageHelp } from '../../components/PageHelp';

export function ArrangementsHelp({ own }: { own: boolean }) {
  return (
    <PageHelp>
      <Paragraph>
        {own
          ? 'Hier staan de arrangementen van uw organisatie. Een arrangement is de hulp die één inwoner van u krijgt.'
          : 'Hier staan de arrangementen van alle aanbieders. Kies een aanbieder om alleen diens arrangementen te zien.'}
      </Paragraph>
      <Paragraph>
        Gepland is wat de hulp volgens de afspraak kost. Gerealiseerd is wat de aanbieder tot nu toe heeft gemeld in de maandrapportages.
        {own ? '' : ' Cliëntsleutels ziet alleen de aanbieder zelf.'}
      </Paragraph>
    </PageHelp>
  );
}
