import { useQuery } from '@apollo/client/react';
import {
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { QueryState } from '../components/States';
import type { OverviewQuery } from '../gql/graphql';
import { formatDate, formatMoney, formatMonth, formatNumber, formatPercent } from '../lib/format';
import { OVERVIEW } from './overview-documents';
import { TableScroll } from '../components/TableScroll';

type Overview = OverviewQuery['overview'];

/** A figure that may be left out for analysts (derived from a group published below 5): says so instead of showing a dash. */
function shown(value: string, raw: unknown, field: string, suppressed: readonly string[]): string {
  if (raw !== null && raw !== undefined) return value;
  return suppressed.includes(field) ? 'afgeschermd (< 5)' : '—';
}

export function OverviewFigures({
  from,
  to,
  providerId,
  headingLevel = 2,
}: {
  from: string;
  to: string;
  providerId: string | null;
  headingLevel?: 2 | 3;
}) {
  const query = useQuery(OVERVIEW, { variables: { period: { from, to }, providerId, interval: 'MONTH' } });
  const H = headingLevel === 2 ? Heading2 : Heading3;
  return (
    <QueryState query={query} what="De cijfers">
      {({ overview: o }) => (
        <>
          <Paragraph>
            Periode {formatDate(o.period.from)} tot en met {formatDate(o.period.to)}.
          </Paragraph>
          <ul className="figures" aria-label="Kerncijfers">
            <li className="figure">
              <span className="figure__label">Actieve arrangementen</span>
              <span className="figure__value">
                {shown(formatNumber(o.arrangements.active), o.arrangements.active, 'active', o.arrangements.suppressed)}
              </span>
              <span className="figure__note">
                {shown(formatNumber(o.arrangements.new), o.arrangements.new, 'new', o.arrangements.suppressed)} nieuw,{' '}
                {shown(formatNumber(o.arrangements.ended), o.arrangements.ended, 'ended', o.arrangements.suppressed)} beëindigd
              </span>
            </li>
            <li className="figure">
              <span className="figure__label">Kosten tegen budget</span>
              <span className="figure__value">{formatPercent(o.budgetUsedRatio)}</span>
              <span className="figure__note">
                {formatMoney(o.costCents)} van {formatMoney(o.budgetCents, 'geen budget: er is geen convenant in werking')}
              </span>
            </li>
            <li className="figure">
              <span className="figure__label">Gemiddelde wachttijd</span>
              <span className="figure__value">{o.averageWaitingDays === null ? '—' : `${formatNumber(o.averageWaitingDays)} dagen`}</span>
              <span className="figure__note">van aanvraag tot start</span>
            </li>
            <li className="figure">
              <span className="figure__label">Bereikte inwoners</span>
              <span className="figure__value">{shown(formatNumber(o.uniqueResidents), o.uniqueResidents, 'uniqueResidents', o.suppressed)}</span>
              <span className="figure__note">{formatNumber(o.residentsPerThousandInhabitants)} per 1.000 inwoners</span>
            </li>
          </ul>
          <section aria-labelledby="trend" className="section">
            <H id="trend">Verloop per maand</H>
            <div className="chart-and-table">
              <TrendChart series={o.series} />
              <TrendTable series={o.series} />
            </div>
          </section>
          <section aria-labelledby="per-aanbieder" className="section">
            <H id="per-aanbieder">Per aanbieder</H>
            <ProviderTable o={o} />
          </section>
        </>
      )}
    </QueryState>
  );
}

/** The chart is decoration for sighted users; the table beside it carries the same figures for everyone. */
function TrendChart({ series }: { series: Overview['series'] }) {
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

function TrendTable({ series }: { series: Overview['series'] }) {
  return (
    <TableScroll label="Per maand: actieve arrangementen, kosten en wachttijd">
      <Table className="data-table">
        <TableCaption>Per maand: actieve arrangementen, kosten en wachttijd</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Maand</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Actief
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Kosten
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Wachttijd (dagen)
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {series.length === 0 ? (
            <TableRow>
              <TableCell colSpan={4}>Geen gegevens in deze periode.</TableCell>
            </TableRow>
          ) : (
            series.map((s) => (
              <TableRow key={s.periodStart}>
                <TableHeaderCell scope="row">{formatMonth(s.periodStart)}</TableHeaderCell>
                <TableCell className="numeric">
                  {shown(formatNumber(s.arrangements.active), s.arrangements.active, 'active', s.arrangements.suppressed)}
                </TableCell>
                <TableCell className="numeric">{formatMoney(s.costCents)}</TableCell>
                <TableCell className="numeric">{formatNumber(s.averageWaitingDays)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function ProviderTable({ o }: { o: Overview }) {
  return (
    <TableScroll label="Cijfers per aanbieder in de periode">
      <Table className="data-table">
        <TableCaption>Cijfers per aanbieder in de periode</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Actieve arrangementen
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Nieuw
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Kosten
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Deel van budget
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Uren
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="numeric">
              Wachttijd (dagen)
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {o.byProvider.map((p) => (
            <TableRow key={p.provider.id}>
              <TableHeaderCell scope="row">{p.provider.name}</TableHeaderCell>
              <TableCell className="numeric">
                {shown(formatNumber(p.arrangements.active), p.arrangements.active, 'active', p.arrangements.suppressed)}
              </TableCell>
              <TableCell className="numeric">
                {shown(formatNumber(p.arrangements.new), p.arrangements.new, 'new', p.arrangements.suppressed)}
              </TableCell>
              <TableCell className="numeric">{formatMoney(p.costCents)}</TableCell>
              <TableCell className="numeric">{formatPercent(p.budgetUsedRatio)}</TableCell>
              <TableCell className="numeric">{formatNumber(p.hoursDelivered)}</TableCell>
              <TableCell className="numeric">{formatNumber(p.averageWaitingDays)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
