import { AUDIT_TABLE_TEXTS as T } from '@regiekamer/texts';
import type { AuditTrailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/labels';
import { ResponsiveTable, type Column } from '../ResponsiveTable';
import { AuditChanges } from './AuditChanges';
import { OPERATION_LABELS } from './audit-labels';

type Edge = AuditTrailQuery['auditTrail']['edges'][number];

/** The changes of an object, newest first; on a phone each a card (the changes are running text under their name). */
export function AuditTable({ edges }: { edges: Edge[] }) {
  return (
    <ResponsiveTable
      label={T.label}
      caption={T.caption}
      columns={COLUMNS}
      empty={T.empty}
      rows={edges.map(({ cursor, node: e }) => ({
        key: cursor,
        cells: {
          when: formatDateTime(e.at),
          who: e.user ? `${e.user.name} (${roleLabel(e.role)})` : T.system,
          what: (
            <>
              <strong>{OPERATION_LABELS[e.operation] ?? e.operation}</strong>
              <AuditChanges table={e.tableName} before={e.before} after={e.after} />
            </>
          ),
        },
      }))}
    />
  );
}

const COLUMNS: readonly Column[] = [
  { key: 'when', header: T.when, rowHeader: true },
  { key: 'who', header: T.who },
  { key: 'what', header: T.what, prose: true },
];

function roleLabel(role: string | null | undefined): string {
  return role && role in ROLE_LABELS ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : (role ?? T.unknownRole);
}
