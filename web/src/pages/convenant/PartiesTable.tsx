import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../lib/format';
import { partyName, type Convenant } from './party';

/** Who signs for which party and when: a card per party on a phone. */
export function PartiesTable({ c }: { c: Convenant }) {
  return (
    <ResponsiveTable
      label={`Partijen en handtekeningen: ${c.title}`}
      caption="Partijen en handtekeningen"
      empty="Geen partijen."
      columns={[
        { key: 'party', header: 'Partij', rowHeader: true },
        { key: 'signedBy', header: 'Ondertekend door' },
        { key: 'on', header: 'Op' },
      ]}
      rows={c.parties.map((p) => ({
        key: p.provider?.id ?? 'gemeente',
        cells: {
          party: partyName(p),
          signedBy: p.signedBy?.name ?? (p.signedAt ? 'Onbekend' : 'Nog niet ondertekend'),
          on: formatDateTime(p.signedAt),
        },
      }))}
    />
  );
}
