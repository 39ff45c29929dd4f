import { formatText, STEP_LIST_TEXTS as T } from '@regiekamer/texts';
import { TRACK_STEPS } from './steps';

/** The five steps, with the one the track is in marked: done, now, still to come. */
export function StepList({ step, topic }: { step: number; topic: string }) {
  return (
    <ol className="steps" aria-label={formatText(T.label, { topic })}>
      {[1, 2, 3, 4, 5].map((n) => {
        const state = n < step ? T.done : n === step ? T.now : T.toDo;
        return (
          <li key={n} aria-current={n === step ? 'step' : undefined} className={n < step ? 'steps__done' : undefined}>
            {formatText(T.step, { n: String(n), name: TRACK_STEPS[n] ?? '', state })}
          </li>
        );
      })}
    </ol>
  );
}
