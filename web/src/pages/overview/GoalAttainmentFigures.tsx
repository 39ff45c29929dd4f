import { GOAL_ATTAINMENT_FIGURES_TEXTS as T } from '@regiekamer/texts';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { cell } from './suppressed';

type Details = OverviewDetailsQuery['overview'];

/** Goal attainment of the arrangements that ended in the period, and how many active ones follow a network plan. */
export function GoalAttainmentFigures({ o }: { o: Details }) {
  const g = o.goalAttainment;
  const rows: [string, number | null | undefined, string, readonly string[]][] = [
    [T.achieved, g.achieved, 'achieved', g.suppressed],
    [T.partly, g.partly, 'partly', g.suppressed],
    [T.notAchieved, g.notAchieved, 'notAchieved', g.suppressed],
    [T.withNetworkPlan, o.withNetworkPlan, 'withNetworkPlan', o.suppressed],
  ];
  return (
    <ResponsiveTable
      label={T.label}
      caption={T.caption}
      columns={[
        { key: 'label', header: T.figure, rowHeader: true },
        { key: 'count', header: T.count, numeric: true },
      ]}
      rows={rows.map(([label, value, field, suppressed]) => ({
        key: field,
        cells: { label, count: cell(formatNumber(value), value, field, suppressed) },
      }))}
    />
  );
}
