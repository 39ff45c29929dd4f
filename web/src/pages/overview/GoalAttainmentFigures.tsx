import { ResponsiveTable } from '../../components/ResponsiveTable';
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
    <ResponsiveTable
      label="Doelbereik en netwerkplannen"
      caption="Doelbereik van beëindigde arrangementen en netwerkplannen"
      columns={[
        { key: 'label', header: 'Cijfer', rowHeader: true },
        { key: 'count', header: 'Aantal', numeric: true },
      ]}
      rows={rows.map(([label, value, field, suppressed]) => ({
        key: field,
        cells: { label, count: cell(formatNumber(value), value, field, suppressed) },
      }))}
    />
  );
}
