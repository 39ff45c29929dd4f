import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { ArrangementValues } from '../ArrangementForm';
import { COMPARED, shownValue } from './edit-rules';

/** The fields where the person's input or the newest version differ from where the person started. */
export function ConflictTable({ values, base, latest }: { values: ArrangementValues; base: ArrangementValues; latest: ArrangementValues }) {
  return (
    <TableScroll label="Uw invoer en de nieuwste versie">
      <Table className="data-table">
        <TableCaption>Uw invoer en de nieuwste versie</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Gegeven</TableHeaderCell>
            <TableHeaderCell scope="col">Uw invoer</TableHeaderCell>
            <TableHeaderCell scope="col">Nieuwste versie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {COMPARED.filter(({ key }) => values[key] !== latest[key] || values[key] !== base[key]).map((field) => (
            <TableRow key={field.key}>
              <TableHeaderCell scope="row">{field.label}</TableHeaderCell>
              <TableCell>{values[field.key] === base[field.key] ? 'niet door u gewijzigd' : shownValue(field, values[field.key])}</TableCell>
              <TableCell>{shownValue(field, latest[field.key])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
