import { Paragraph } from '@utrecht/component-library-react';
import { formatText, HOURS_METER_TEXTS as T } from '@regiekamer/texts';
import { formatNumber } from '../../lib/format';

/** Facilitator hours used against the atelier's norm (30 unless set otherwise), as text and as a bar. */
export function HoursMeter({ used, norm }: { used: number; norm: number }) {
  const over = used - norm;
  const share = norm > 0 ? Math.min(1, used / norm) : 1;
  return (
    <>
      <Paragraph>
        {formatText(T.used, { used: formatNumber(used), norm: formatNumber(norm) })}
        {over > 0 ? (
          <strong className="overdue">{formatText(T.over, { over: formatNumber(over) })}</strong>
        ) : (
          formatText(T.left, { left: formatNumber(norm - used) })
        )}
        .
      </Paragraph>
      <div className="hours-meter" aria-hidden="true">
        <div className={over > 0 ? 'hours-meter__used hours-meter__used--over' : 'hours-meter__used'} style={{ inlineSize: `${share * 100}%` }} />
      </div>
    </>
  );
}
