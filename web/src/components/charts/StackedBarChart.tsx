import { CHARTS_TEXTS as T } from '@regiekamer/texts';
import { useId } from 'react';
import './charts.css';
import { useWidth } from './use-width';

export interface StackedSeries {
  name: string;
  /** One share (0 to 1) per category; null where the category has nothing to divide. */
  values: readonly (number | null)[];
}

const H = 240;
const PAD = { top: 12, right: 12, bottom: 28, left: 48 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];
/** Pixels a category label needs: where bars are narrower, only every n-th is labelled so the labels do not overlap. */
const LABEL_SPACE = 56;

const percent = (v: number) => `${String(Math.round(v * 100))}%`;

/**
 * Shares as bars of 100%, one per category, each divided into its series (stacked from the bottom in the order given),
 * in plain SVG. Like LineChart a picture for sighted users, hidden from screen readers: the table beside it carries the
 * same figures. The second series is hatched, so that colour is not the only difference.
 */
export function StackedBarChart({
  categories,
  series,
  emptyText = T.empty,
}: {
  categories: readonly string[];
  series: readonly StackedSeries[];
  emptyText?: string;
}) {
  const { ref, width: W } = useWidth(640);
  // Two charts on one page must not share a pattern id.
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  if (!categories.some((_, i) => series.some((s) => (s.values[i] ?? 0) > 0))) return <p className="chart chart--empty">{emptyText}</p>;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / categories.length;
  const barW = Math.max(6, Math.min(56, slot * 0.7));
  // Every n-th label where they would overlap (three years of months): the table names every bucket.
  const labelStep = Math.max(1, Math.ceil(LABEL_SPACE / slot));
  const y = (v: number) => PAD.top + innerH - v * innerH;
  return (
    <figure className="chart" aria-hidden="true" ref={ref}>
      <svg viewBox={`0 0 ${String(W)} ${String(H)}`} width={W} height={H} role="presentation" focusable="false">
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" className="chart__hatch" />
          </pattern>
        </defs>
        {TICKS.map((t) => (
          <g key={t} className="chart__grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 8} y={y(t)} dy="0.32em" textAnchor="end">
              {percent(t)}
            </text>
          </g>
        ))}
        {categories.map((c, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          let base = 0;
          return (
            <g key={c}>
              {series.map((s, n) => {
                const v = s.values[i] ?? 0;
                const from = base;
                base += v;
                return v > 0 ? (
                  <rect
                    key={s.name}
                    className={`chart__bar chart__bar--${String(n)}`}
                    fill={n === 1 ? `url(#${hatch})` : undefined}
                    x={x}
                    width={barW}
                    y={y(from + v)}
                    height={y(from) - y(from + v)}
                  />
                ) : null;
              })}
              {i % labelStep !== 0 ? null : (
                <text className="chart__label" x={x + barW / 2} y={H - 8} textAnchor="middle">
                  {c}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__legend">
        {series.map((s, n) => (
          <span key={s.name} className={`chart__swatch chart__swatch--${String(n)}`}>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
