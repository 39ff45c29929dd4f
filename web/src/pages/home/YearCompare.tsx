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
  const lastName = `${year - 1} (jaar ervoor)`;
  return (
    <section className="section" aria-labelledby="kosten-per-maand">
      <Heading3 id="kosten-per-maand">Kosten per maand: dit jaar tegen vorig jaar</Heading3>
      <div className="chart-and-table">
        <LineChart
          categories={MONTHS}
          series={[
            { name: thisName, values: euros(drawn) },
            { name: lastName, values: euros(before), style: 'dashed' },
          ]}
          formatValue={formatEuroAxis}
          emptyText={`Geen gegevens: er zijn geen kosten gemeld over ${year} en ${year - 1}.`}
        />
        <ResponsiveTable
          stack={false}
          label="Kosten per maand, dit jaar en vorig jaar"
          caption={`Kosten per maand in ${year} en ${year - 1}`}
          columns={[
            { key: 'month', header: 'Maand', rowHeader: true },
            { key: 'now', header: String(year), numeric: true },
            { key: 'before', header: String(year - 1), numeric: true },
          ]}
          rows={MONTH_NAMES.map((m, i) => ({
            key: m,
            cells: {
              month: m,
              now: now[i] === null ? 'geen gegevens' : `${formatMoney(now[i])}${i === running ? ' (loopt nog)' : ''}`,
              before: before[i] === null ? 'geen gegevens' : formatMoney(before[i]),
            },
          }))}
        />
      </div>
    </section>
  );
}
