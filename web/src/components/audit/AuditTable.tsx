import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { AUDIT_TABLE_TEXTS as T } from '@regiekamer/texts';
import type { AuditTrailQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/labels';
import { TableScroll } from '../TableScroll';
import { AuditChanges } from './AuditChanges';
import { OPERATION_LABELS } from './audit-labels';

type Edge = AuditTrailQuery['auditTrail']['edges'][number];

export function AuditTable({ edges }: { edges: Edge[] }) {
  return (
    <TableScroll label={T.label}>
      <Table className="data-table">
        <TableCaption>{T.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.when}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.who}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.what}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {edges.length === 0 && (
            <TableRow>
              <TableCell colSpan={3}>{T.empty}</TableCell>
            </TableRow>
          )}
          {edges.map(({ cursor, node: e }) => (
            <TableRow key={cursor}>
              <TableHeaderCell scope="row">{formatDateTime(e.at)}</TableHeaderCell>
              <TableCell>{e.user ? `${e.user.name} (${roleLabel(e.role)})` : T.system}</TableCell>
              <TableCell>
                <strong>{OPERATION_LABELS[e.operation] ?? e.operation}</strong>
                <AuditChanges table={e.tableName} before={e.before} after={e.after} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function roleLabel(role: string | null | undefined): string {
  return role && role in ROLE_LABELS ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : (role ?? T.unknownRole);
}
