import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { Perspective, ProposalFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { PERSPECTIVE_LABELS } from '../../lib/labels';

/** One row per side: its perspective, or that it is still missing. */
export function PerspectivesTable({ p, sides }: { p: ProposalFieldsFragment; sides: Perspective[] }) {
  return (
    <TableScroll label="Standpunt per partij">
      <Table className="data-table">
        <TableCaption>Standpunt per partij</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Partij</TableHeaderCell>
            <TableHeaderCell scope="col">Standpunt</TableHeaderCell>
            <TableHeaderCell scope="col">Advies</TableHeaderCell>
            <TableHeaderCell scope="col">Achterban geraadpleegd</TableHeaderCell>
            <TableHeaderCell scope="col">Vastgelegd</TableHeaderCell>
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
                    <TableCell>{given.consultedConstituency ? 'Ja' : 'Nee'}</TableCell>
                    <TableCell>
                      {formatDateTime(given.recordedAt)} door {given.recordedBy?.name ?? 'een vertegenwoordiger van een aanbieder'}
                    </TableCell>
                  </>
                ) : (
                  <TableCell colSpan={4}>
                    <span className="overdue">Ontbreekt nog</span>
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
