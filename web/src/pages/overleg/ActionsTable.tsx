import { formatText, ACTIONS_TABLE_TEXTS as T } from '@regiekamer/texts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { ActionFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { ACTION_STATUS_LABELS } from '../../lib/labels';
import { ActionClose } from './ActionClose';

export const ownerOf = (a: ActionFieldsFragment) => a.owner?.name ?? a.ownerName ?? '—';

/**
 * Actions as a narrow table: what, who, by when, status (late ones marked) and the buttons to close them.
 * At phone width each row becomes a card (styles: .action-table).
 */
export function ActionsTable({
  caption,
  actions,
  source,
  onChanged,
  onRefused,
}: {
  caption: string;
  actions: readonly ActionFieldsFragment[];
  /** An extra column naming where each action comes from (the actions list). */
  source?: (a: ActionFieldsFragment) => ReactNode;
  onChanged?: () => unknown;
  onRefused?: (message: string) => void;
}) {
  return (
    <TableScroll label={caption}>
      <Table className="data-table action-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.action}</TableHeaderCell>
            {source && <TableHeaderCell scope="col">{T.source}</TableHeaderCell>}
            <TableHeaderCell scope="col">{T.owner}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.dueOn}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.status}</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="visually-hidden">{T.close}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {actions.map((a) => (
            <TableRow key={a.id} className={a.overdue ? 'action-table__row--late' : undefined}>
              <TableHeaderCell scope="row" className="action-table__title">
                {a.title}
              </TableHeaderCell>
              {source && <TableCell data-label={T.source}>{source(a)}</TableCell>}
              <TableCell data-label={T.owner}>{ownerOf(a)}</TableCell>
              <TableCell data-label={T.dueOn}>{formatDate(a.dueOn)}</TableCell>
              <TableCell data-label={T.status}>
                {a.overdue ? (
                  <strong className="overdue">{T.overdue}</strong>
                ) : (
                  <>
                    {ACTION_STATUS_LABELS[a.status]}
                    {a.closedOn && ` ${formatText(T.closedOn, { date: formatDate(a.closedOn) })}`}
                  </>
                )}
              </TableCell>
              <TableCell>
                <ActionClose a={a} onChanged={onChanged} onRefused={onRefused} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
