import { formatPercent } from '../../lib/format';
import { barWidth } from './allocation-bar';
import './AllocationBar.css';

/** Cost against allocation: the percentage as text, with a bar beside it for the eye (the text carries the meaning). */
export function AllocationBar({ ratio }: { ratio: number | null | undefined }) {
  if (ratio === null || ratio === undefined) return <>—</>;
  return (
    <span className={`allocation-bar${ratio > 1 ? ' allocation-bar--over' : ''}`}>
      <span className="allocation-bar__track" aria-hidden="true">
        <span className="allocation-bar__fill" style={{ width: `${barWidth(ratio)}%` }} />
      </span>
      {formatPercent(ratio)}
    </span>
  );
}
