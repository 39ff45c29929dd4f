import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { RUNG_TABLE_TEXTS as T } from '@regiekamer/texts';
import { TableScroll } from '../../components/TableScroll';
import type { OpgaveStatus } from '../../gql/graphql';
import { OPGAVE_STATUS_LABELS, OPGAVE_STATUS_ORDER, rungLabel } from '../../lib/labels';

const RUNGS = [1, 2, 3, 4, 5];

/** The board as numbers: opgaven per status and rung of the ladder of ownership. */
export function RungTable({ opgaven }: { opgaven: { status: OpgaveStatus; ownershipRung: number }[] }) {
  return (
    <div className="opg-wide">
      <TableScroll label={T.caption}>
        <Table className="data-table">
          <TableCaption>{T.caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{T.rung}</TableHeaderCell>
              {OPGAVE_STATUS_ORDER.map((s) => (
                <TableHeaderCell key={s} scope="col" className="numeric">
                  {OPGAVE_STATUS_LABELS[s]}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {RUNGS.map((r) => (
              <TableRow key={r}>
                <TableHeaderCell scope="row">{rungLabel(r)}</TableHeaderCell>
                {OPGAVE_STATUS_ORDER.map((s) => (
                  <TableCell key={s} className="numeric">
                    {opgaven.filter((o) => o.status === s && o.ownershipRung === r).length}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </div>
  );
}
