import { SUPPRESSION_LEGEND_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';

import { SUPPRESSED } from './cells';

export { cell, SUPPRESSED } from './cells';

export function SuppressionLegend() {
  return (
    <Paragraph className="legend">
      <strong>{SUPPRESSED}</strong>
      {T.suppressed} <strong>—</strong>
      {T.noData}
    </Paragraph>
  );
}
