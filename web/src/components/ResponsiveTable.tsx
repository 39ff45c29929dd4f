import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { RESPONSIVE_TABLE_TEXTS as T } from '@regiekamer/texts';
import type { ReactNode } from 'react';
import { TableScroll } from './TableScroll';
import './ResponsiveTable.css';

export interface Column {
  key: string;
  header: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The cell that names the row (a `th scope="row"`); on a phone the card's title. */
  rowHeader?: boolean;
  /** Short values (a status, a count, a date) that read badly broken over two lines: kept on one. */
  nowrap?: boolean;
  /** Running text (a message, a server's answer): on a phone it reads from the left, under its column name. */
  prose?: boolean;
}

/** The class of a column's cells, header included. */
const cellClass = (c: Column): string | undefined =>
  [c.numeric ? 'numeric' : '', c.nowrap ? 'nowrap' : '', c.prose ? 'prose' : ''].filter(Boolean).join(' ') || undefined;

export interface Row {
  key: string;
  cells: Record<string, ReactNode>;
}

/**
 * A table that fits: on a wide screen a normal table, on a phone (below 40rem) each row a card with the column names
 * beside the values, so no one scrolls sideways to reach a key figure. The explicit roles keep the table's meaning for
 * screen readers when CSS lays it out as blocks. Choose the columns that matter; leave the rest to a detail page.
 * `stack={false}` keeps a narrow table (2-3 short columns) a table on a phone too.
 */
export function ResponsiveTable({
  label,
  caption,
  columns,
  rows,
  empty = T.empty,
  stack = true,
}: {
  label: string;
  caption: ReactNode;
  columns: readonly Column[];
  rows: readonly Row[];
  empty?: string;
  stack?: boolean;
}) {
  return (
    <TableScroll label={label}>
      <Table className={`data-table${stack ? ' responsive-table' : ''}`} role="table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader role="rowgroup">
          <TableRow role="row">
            {columns.map((c) => (
              <TableHeaderCell key={c.key} scope="col" role="columnheader" className={cellClass(c)}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody role="rowgroup">
          {rows.length === 0 ? (
            <TableRow role="row">
              <TableCell role="cell" colSpan={columns.length}>
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((r) => (
              <TableRow key={r.key} role="row">
                {columns.map((c) =>
                  c.rowHeader ? (
                    <TableHeaderCell key={c.key} scope="row" role="rowheader" data-label={c.header} className={cellClass(c)}>
                      {r.cells[c.key]}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={c.key} role="cell" data-label={c.header} className={cellClass(c)}>
                      {r.cells[c.key]}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
