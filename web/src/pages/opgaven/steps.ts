import { formatText, TRACK_STEPS_TEXTS as T } from '@regiekamer/texts';

/** The five steps of an improvement track (the 5-step method of Movisie). */
export const TRACK_STEPS: Record<number, string> = {
  1: T.step1,
  2: T.step2,
  3: T.step3,
  4: T.step4,
  5: T.step5,
};

export const stepLabel = (step: number) => formatText(T.stepLabel, { step: String(step), name: TRACK_STEPS[step] ?? T.unknown });
