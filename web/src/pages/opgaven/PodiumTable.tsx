import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { formatText, PODIUM_TABLE_TEXTS as T } from '@regiekamer/texts';
import { TableScroll } from '../../components/TableScroll';
import type { PodiumQuery } from '../../gql/graphql';
import { OPGAVE_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { opgavePath } from './OpgaveCard';

export type PodiumEntry = PodiumQuery['podium'][number];

/** Per opgave what it did in the year: narrow enough for a phone, with the opgave's page one click away. */
export function PodiumTable({ year, entries }: { year: number; entries: PodiumEntry[] }) {
  const caption = formatText(T.caption, { year: String(year) });
  return (
    <div className="opg-wide">
      <TableScroll label={caption}>
        <Table className="data-table">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{T.opgave}</TableHeaderCell>
              <TableHeaderCell scope="col">{T.status}</TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                {T.rung}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                {T.ateliers}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                {T.actionsDone}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="numeric">
                {T.actionsOpen}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((e) => (
              <TableRow key={e.opgave.id}>
                <TableHeaderCell scope="row">
                  <Link to={opgavePath(e.opgave.id)}>{e.opgave.title}</Link>
                </TableHeaderCell>
                <TableCell>{OPGAVE_STATUS_LABELS[e.status]}</TableCell>
                <TableCell className="numeric">{e.ownershipRung}</TableCell>
                <TableCell className="numeric">{e.ateliersHeld}</TableCell>
                <TableCell className="numeric">{e.actionsDone}</TableCell>
                <TableCell className="numeric">{e.actionsOpen}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </div>
  );
}
