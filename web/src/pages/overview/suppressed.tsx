import { Paragraph } from '@utrecht/component-library-react';

/** What a left-out figure shows: the API leaves out (null) what is derived from a group below 5, and says so in `suppressed`. */
export const SUPPRESSED = '< 5';

export function cell(text: string, raw: unknown, field: string, suppressed: readonly string[]): string {
  if (raw !== null && raw !== undefined) return text;
  return suppressed.includes(field) ? SUPPRESSED : '—';
}

export function SuppressionLegend() {
  return (
    <Paragraph className="legend">
      <strong>{SUPPRESSED}</strong>: onderdrukt. Dit cijfer gaat over minder dan 5 arrangementen en is weggelaten, zodat niemand tot een persoon
      herleid kan worden. <strong>—</strong>: geen gegevens.
    </Paragraph>
  );
}
