import { OUTCOME_PAGE_TEXTS as T } from '@regiekamer/texts';
import type { OutcomeIndicator } from '../../gql/graphql';
import '../../components/charts/charts.css';
import './outcomes.css';

export interface RateBar {
  name: string;
  values: readonly (number | null)[];
}

const ROW = 22;
const GAP = 12;
const LEFT = 170;
const W = 640;

/**
 * Rates per provider as horizontal bars (0 to 100%), one bar per series, with each series' threshold as a dashed line.
 * A picture for sighted users, hidden from screen readers: the table beside it has the same figures and marks the
 * ones over a threshold in words.
 */
export function OutcomesChart({
  rows,
  series,
  thresholds,
}: {
  rows: readonly RateBar[];
  series: readonly { indicator: OutcomeIndicator; label: string }[];
  thresholds: Partial<Record<OutcomeIndicator, number>>;
}) {
  const shown = rows.filter((r) => r.values.some((v) => v !== null));
  if (shown.length === 0) return <p className="chart chart--empty">{T.chartEmpty}</p>;
  const block = series.length * ROW + GAP;
  const H = shown.length * block + 24;
  const x = (v: number) => LEFT + Math.min(1, Math.max(0, v)) * (W - LEFT - 16);
  return (
    <figure className="chart outcomes-chart" aria-hidden="true">
      <svg viewBox={`0 0 ${String(W)} ${String(H)}`} width={W} height={H} role="presentation" focusable="false">
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <g key={t} className="chart__grid">
            <line x1={x(t)} x2={x(t)} y1={0} y2={H - 20} />
            <text x={x(t)} y={H - 4} textAnchor="middle">{`${String(t * 100)}%`}</text>
          </g>
        ))}
        {shown.map((r, i) => (
          <g key={r.name} transform={`translate(0 ${String(i * block)})`}>
            <text x={LEFT - 8} y={(series.length * ROW) / 2} dy="0.32em" textAnchor="end">
              {r.name.length > 22 ? `${r.name.slice(0, 21)}…` : r.name}
            </text>
            {series.map((s, n) => {
              const v = r.values[n] ?? null;
              return v === null ? null : <rect key={s.indicator} className={`outcomes-chart__bar outcomes-chart__bar--${String(n)}`} x={LEFT} y={n * ROW + 3} width={x(v) - LEFT} height={ROW - 6} />;
            })}
          </g>
        ))}
        {series.map((s, n) => {
          const t = thresholds[s.indicator];
          return t === undefined ? null : (
            <line key={s.indicator} className={`outcomes-chart__threshold outcomes-chart__threshold--${String(n)}`} x1={x(t)} x2={x(t)} y1={0} y2={H - 20} />
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        {series.map((s, n) => (
          <span key={s.indicator} className={`outcomes-chart__key outcomes-chart__key--${String(n)}`}>
            {s.label}
            {thresholds[s.indicator] === undefined ? '' : ` ${T.chartThreshold}`}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
