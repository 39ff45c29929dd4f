import { formatText, HOME_YEAR_COMPARE_TEXTS as T, RUNNING_MONTH_TEXTS } from '@regiekamer/texts';
import { Heading3 } from '@utrecht/component-library-react';
import { LineChart } from '../../components/charts/LineChart';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatEuroAxis } from '../../lib/chart-scale';
import { formatMoney } from '../../lib/format';
import { costPerMonth, MONTH_NAMES, MONTHS, type HomeFigures } from './year-figures';

/** Cost per month, this year against last year: a chart for the eye, the same figures in a table for everyone. */
export function YearCompare({ data, year, running }: { data: HomeFigures; year: number; running: number }) {
  // Reports of a month come after it ends: the running month and those after it are not drawn (they would read as 0).
  const now = costPerMonth(data.thisYear.series).map((c, i) => (running < 0 || i > running ? null : c));
  const drawn = now.map((c, i) => (i >= running ? null : c));
  const before = costPerMonth(data.lastYear.series);
  const euros = (v: (number | null)[]) => v.map((c) => (c === null ? null : c / 100));
  const thisName = String(year);
  const lastName = formatText(T.lastYear, { year: String(year - 1) });
  return (
    <section className="section" aria-labelledby="kosten-per-maand">
      <Heading3 id="kosten-per-maand">{T.title}</Heading3>
      <div className="chart-and-table">
        <LineChart
          categories={MONTHS}
          series={[
            { name: thisName, values: euros(drawn) },
            { name: lastName, values: euros(before), style: 'dashed' },
          ]}
          formatValue={formatEuroAxis}
          emptyText={formatText(T.empty, { year: String(year), lastYear: String(year - 1) })}
        />
        <ResponsiveTable
          stack={false}
          label={T.tableLabel}
          caption={formatText(T.caption, { year: String(year), lastYear: String(year - 1) })}
          columns={[
            { key: 'month', header: T.month, rowHeader: true },
            { key: 'now', header: String(year), numeric: true },
            { key: 'before', header: String(year - 1), numeric: true },
          ]}
          rows={MONTH_NAMES.map((m, i) => ({
            key: m,
            cells: {
              month: m,
              now: now[i] === null ? T.noData : `${formatMoney(now[i])}${i === running ? RUNNING_MONTH_TEXTS.running : ''}`,
              before: before[i] === null ? T.noData : formatMoney(before[i]),
            },
          }))}
        />
      </div>
    </section>
  );
}
