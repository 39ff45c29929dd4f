import { Paragraph } from '@utrecht/component-library-react';

import { SUPPRESSED } from './cells';

export { cell, SUPPRESSED } from './cells';

export function SuppressionLegend() {
  return (
    <Paragraph className="legend">
      <strong>{SUPPRESSED}</strong>: onderdrukt. Dit cijfer gaat over minder dan 5 arrangementen en is weggelaten, zodat niemand tot een persoon
      herleid kan worden. <strong>—</strong>: geen gegevens.
    </Paragraph>
  );
}
