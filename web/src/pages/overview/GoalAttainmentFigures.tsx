import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { cell } from './suppressed';

type Details = OverviewDetailsQuery['overview'];

/** Goal attainment of the arrangements that ended in the period, and how many active ones follow a network plan. */
export function GoalAttainmentFigures({ o }: { o: Details }) {
  const g = o.goalAttainment;
  const rows: [string, number | null | undefined, string, readonly string[]][] = [
    ['Doelen bereikt', g.achieved, 'achieved', g.suppressed],
    ['Doelen deels bereikt', g.partly, 'partly', g.suppressed],
    ['Doelen niet bereikt', g.notAchieved, 'notAchieved', g.suppressed],
    ['Actieve arrangementen met een netwerkplan (Eigen Kracht)', o.withNetworkPlan, 'withNetworkPlan', o.suppressed],
  ];
  return (
    <TableScroll label="Doelbereik en netwerkplannen">
      <Table className="data-table">
        <TableCaption>Doelbereik van beëindigde arrangementen en netwerkplannen</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Cijfer</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Aantal
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([label, value, field, suppressed]) => (
            <TableRow key={field}>
              <TableHeaderCell scope="row">{label}</TableHeaderCell>
              <TableCell className="numeric">{cell(formatNumber(value), value, field, suppressed)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
