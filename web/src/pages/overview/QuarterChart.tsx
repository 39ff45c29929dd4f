import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { OverviewDetailsQuery } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { quarterLabel } from './quarter';

type Quarter = OverviewDetailsQuery['overview']['quarters'][number];

/** Cost against budget per quarter. Decoration for sighted users: the table beside it has the same figures for everyone. */
export function QuarterChart({ quarters }: { quarters: Quarter[] }) {
  const data = quarters.map((q) => ({
    kwartaal: quarterLabel(q.periodStart).replace(' kwartaal ', 'e kw. ').replace('ee kw.', 'e kw.'),
    kosten: q.costCents == null ? null : q.costCents / 100,
    budget: q.budgetCents == null ? null : q.budgetCents / 100,
  }));
  return (
    <figure className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid stroke="#d0d0d0" strokeDasharray="3 3" />
          <XAxis dataKey="kwartaal" interval={0} />
          <YAxis tickFormatter={(v: number) => `€ ${formatNumber(Math.round(v / 1000))}k`} />
          <Legend />
          <Bar dataKey="budget" name="Budget" fill="#767676" isAnimationActive={false} />
          <Bar dataKey="kosten" name="Kosten" fill="#24578f" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
