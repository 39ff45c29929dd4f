import { TRACK_STEPS } from './steps';

/** The five steps, with the one the track is in marked: done, now, still to come. */
export function StepList({ step, topic }: { step: number; topic: string }) {
  return (
    <ol className="steps" aria-label={`De vijf stappen van ${topic}`}>
      {[1, 2, 3, 4, 5].map((n) => {
        const state = n < step ? 'gedaan' : n === step ? 'nu bezig' : 'nog te doen';
        return (
          <li key={n} aria-current={n === step ? 'step' : undefined} className={n < step ? 'steps__done' : undefined}>
            Stap {n}: {TRACK_STEPS[n]} – {state}
          </li>
        );
      })}
    </ol>
  );
}
