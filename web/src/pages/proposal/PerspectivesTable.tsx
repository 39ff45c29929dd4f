import { formatText, PERSPECTIVES_TABLE_TEXTS as T } from '@regiekamer/texts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { Perspective, ProposalFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { PERSPECTIVE_LABELS } from '../../lib/labels';

/** One row per side: its perspective, or that it is still missing. */
export function PerspectivesTable({ p, sides }: { p: ProposalFieldsFragment; sides: Perspective[] }) {
  return (
    <TableScroll label={T.caption}>
      <Table className="data-table">
        <TableCaption>{T.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.side}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.position}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.advice}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.consulted}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.recorded}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sides.map((side) => {
            const given = p.perspectives.find((x) => x.perspective === side);
            return (
              <TableRow key={side}>
                <TableHeaderCell scope="row">{PERSPECTIVE_LABELS[side]}</TableHeaderCell>
                {given ? (
                  <>
                    <TableCell>{given.position}</TableCell>
                    <TableCell>{given.advice ?? '—'}</TableCell>
                    <TableCell>{given.consultedConstituency ? T.yes : T.no}</TableCell>
                    <TableCell>
                      {formatText(T.recordedBy, { at: formatDateTime(given.recordedAt), by: given.recordedBy?.name ?? T.someRepresentative })}
                    </TableCell>
                  </>
                ) : (
                  <TableCell colSpan={4}>
                    <span className="overdue">{T.missing}</span>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
