import { CHARTS_TEXTS as T } from '@regiekamer/texts';
import { niceScale } from '../../lib/chart-scale';
import { axisLabels } from './axis-labels';
import './charts.css';
import { useWidth } from './use-width';

export interface ChartSeries {
  name: string;
  /** One value per category; null where there is none (a month still to come): the line stops there. */
  values: readonly (number | null)[];
  /** `dashed` for the comparison line (last year), so the two differ by more than colour. */
  style?: 'solid' | 'dashed';
}

const H = 260;
const PAD = { top: 12, right: 16, bottom: 28, left: 84 };

/**
 * A small line chart in plain SVG (no chart library in the bundle). It is a picture for sighted users: hidden from
 * screen readers, because a table beside it carries the same figures. With nothing to draw it says so in words.
 */
export function LineChart({
  categories,
  shortCategories,
  series,
  formatValue,
  emptyText = T.empty,
}: {
  categories: readonly string[];
  /** Shorter labels (`jan` for `jan 2026`), written instead when the chart is too narrow for the full ones. */
  shortCategories?: readonly string[];
  series: readonly ChartSeries[];
  formatValue: (v: number) => string;
  emptyText?: string;
}) {
  const { ref, width: W } = useWidth(640);
  const scale = niceScale(series.flatMap((s) => s.values), { minStep: 1 });
  if (!scale) return <p className="chart chart--empty">{emptyText}</p>;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (categories.length <= 1 ? innerW / 2 : (i * innerW) / (categories.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / scale.max) * innerH;
  // Labels that would overlap are left out (every other one, or more), shortened first when they can be.
  const axis = axisLabels(categories, innerW, shortCategories);
  return (
    <figure className="chart" aria-hidden="true" ref={ref}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="presentation" focusable="false">
        {scale.ticks.map((t) => (
          <g key={t} className="chart__grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 8} y={y(t)} dy="0.32em" textAnchor="end">
              {formatValue(t)}
            </text>
          </g>
        ))}
        {axis.labels.map((c, i) =>
          i % axis.step !== 0 ? null : (
            <text key={i} className="chart__label" x={x(i)} y={H - 8} textAnchor="middle">
              {c}
            </text>
          ),
        )}
        {series.map((s, n) => (
          <g key={s.name} className={`chart__series chart__series--${n}${s.style === 'dashed' ? ' chart__series--dashed' : ''}`}>
            <path d={pathOf(s.values, x, y)} />
            {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3.5} />))}
          </g>
        ))}
      </svg>
      <figcaption className="chart__legend">
        {series.map((s, n) => (
          <span key={s.name} className={`chart__key chart__key--${n}${s.style === 'dashed' ? ' chart__key--dashed' : ''}`}>
            {s.name}
            {s.values.every((v) => v === null) ? T.seriesEmpty : ''}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** Line segments through the points, broken where a value is missing. */
function pathOf(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}
