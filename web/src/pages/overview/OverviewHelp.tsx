import { Paragraph } from '@utrecht/component-library-react';
import { PageHelp } from '../../components/PageHelp';

export function OverviewHelp() {
  return (
    <PageHelp>
      <Paragraph>Deze pagina laat zien hoe de algemene voorziening loopt. Kies een periode en eventueel één aanbieder.</Paragraph>
      <Paragraph>
        Actief: arrangementen die op minstens één dag in de periode liepen. Wachttijd: het gemiddeld aantal dagen van aanvraag tot start.
        Budgetgebruik: de gemelde kosten als deel van het budget voor de periode.
      </Paragraph>
      <Paragraph>
        Doelen bereikt telt de arrangementen die in de periode stopten. Met netwerkplan telt de actieve arrangementen waarbij de inwoner met het eigen
        netwerk een plan maakte (Eigen Kracht). Een cijfer over minder dan 5 arrangementen staat er als &lt; 5.
      </Paragraph>
    </PageHelp>
  );
}
