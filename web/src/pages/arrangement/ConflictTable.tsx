import { ARRANGEMENT_CONFLICT_TABLE_TEXTS as T } from '@regiekamer/texts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { ArrangementValues } from '../ArrangementForm';
import { COMPARED, shownValue } from './edit-rules';

/** The fields where the person's input or the newest version differ from where the person started. */
export function ConflictTable({ values, base, latest }: { values: ArrangementValues; base: ArrangementValues; latest: ArrangementValues }) {
  return (
    <TableScroll label={T.caption}>
      <Table className="data-table">
        <TableCaption>{T.caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.field}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.yours}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.latest}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {COMPARED.filter(({ key }) => values[key] !== latest[key] || values[key] !== base[key]).map((field) => (
            <TableRow key={field.key}>
              <TableHeaderCell scope="row">{field.label}</TableHeaderCell>
              <TableCell>{values[field.key] === base[field.key] ? T.unchanged : shownValue(field, values[field.key])}</TableCell>
              <TableCell>{shownValue(field, latest[field.key])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
