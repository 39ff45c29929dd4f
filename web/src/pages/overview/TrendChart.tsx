import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OverviewQuery } from '../../gql/graphql';
import { formatMoney, formatMonth, formatNumber } from '../../lib/format';

type Overview = OverviewQuery['overview'];

/** The chart is decoration for sighted users; the table beside it carries the same figures for everyone. */
export function TrendChart({ series }: { series: Overview['series'] }) {
  const data = series.map((s) => ({
    maand: formatMonth(s.periodStart),
    kosten: s.costCents === null || s.costCents === undefined ? null : s.costCents / 100,
    actief: s.arrangements.active,
  }));
  return (
    <figure className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid stroke="#d0d0d0" strokeDasharray="3 3" />
          <XAxis dataKey="maand" />
          <YAxis yAxisId="kosten" tickFormatter={(v: number) => `€ ${formatNumber(v / 1000)}k`} />
          <YAxis yAxisId="actief" orientation="right" allowDecimals={false} />
          <Tooltip formatter={(value, name) => (name === 'Kosten' ? formatMoney(Math.round(Number(value) * 100)) : formatNumber(Number(value)))} />
          <Legend />
          <Bar yAxisId="kosten" dataKey="kosten" name="Kosten" fill="#24578f" isAnimationActive={false} />
          <Line yAxisId="actief" dataKey="actief" name="Actieve arrangementen" stroke="#b3261e" strokeWidth={3} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
