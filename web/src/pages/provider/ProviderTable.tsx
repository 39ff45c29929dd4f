import { PROVIDER_TABLE_TEXTS as T } from '@regiekamer/texts';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable';
import type { ProvidersQuery } from '../../gql/graphql';
import { PROVIDER_KIND_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { Representatives } from './Representatives';

type Provider = ProvidersQuery['providers']['edges'][number]['node'];

const COLUMNS: readonly Column[] = [
  { key: 'name', header: T.name, rowHeader: true },
  { key: 'kind', header: T.kind },
  { key: 'kvk', header: T.kvkNumber },
  { key: 'agb', header: T.agbCode },
];

/** The providers, each name linking to its page: a card per provider on a phone. */
export function ProviderTable({ providers, withRepresentatives }: { providers: Provider[]; withRepresentatives: boolean }) {
  return (
    <ResponsiveTable
      label={T.caption}
      caption={T.caption}
      empty={T.empty}
      columns={withRepresentatives ? [...COLUMNS, { key: 'representatives', header: T.representatives }] : COLUMNS}
      rows={providers.map((node) => ({
        key: node.id,
        cells: {
          name: (
            <>
              <Link to={`/aanbieders/${encodeURIComponent(node.id)}`}>{node.name}</Link>
              {!node.active && ` ${T.deactivated}`}
            </>
          ),
          kind: PROVIDER_KIND_LABELS[node.kind],
          kvk: node.kvkNumber,
          agb: node.agbCode ?? '—',
          representatives: <Representatives people={node.representatives ?? []} />,
        },
      }))}
    />
  );
}
