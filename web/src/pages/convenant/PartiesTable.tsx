import { CONVENANT_PARTIES_TABLE_TEXTS as T, formatText } from '@regiekamer/texts';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../lib/format';
import { partyName, type Convenant } from './party';

/** Who signs for which party and when: a card per party on a phone. */
export function PartiesTable({ c }: { c: Convenant }) {
  return (
    <ResponsiveTable
      label={formatText(T.label, { title: c.title })}
      caption={T.caption}
      empty={T.empty}
      columns={[
        { key: 'party', header: T.party, rowHeader: true },
        { key: 'signedBy', header: T.signedBy },
        { key: 'on', header: T.on },
      ]}
      rows={c.parties.map((p) => ({
        key: p.provider?.id ?? 'gemeente',
        cells: {
          party: partyName(p),
          signedBy: p.signedBy?.name ?? (p.signedAt ? T.signerUnknown : T.signedNot),
          on: formatDateTime(p.signedAt),
        },
      }))}
    />
  );
}
