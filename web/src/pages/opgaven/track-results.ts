import { formatText, TEXT_MAX, TRACK_RESULTS_TEXTS as T } from '@regiekamer/texts';
/** What finishing a step produces: leaving step 2 needs the wishes, step 3 the goal, step 4 the action plan. */
export interface StepResult {
  field: 'wishes' | 'goal' | 'actionPlan';
  label: string;
  hint: string;
  max: number;
}

export const RESULT_OF_STEP: Record<number, StepResult | null> = {
  1: null,
  2: {
    field: 'wishes',
    label: T.wishesLabel,
    hint: T.wishesHint,
    max: TEXT_MAX.trackWish,
  },
  3: { field: 'goal', label: T.goalLabel, hint: T.goalHint, max: TEXT_MAX.trackGoal },
  4: { field: 'actionPlan', label: T.actionPlanLabel, hint: T.actionPlanHint, max: TEXT_MAX.trackActionPlan },
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The form's own check of a step's result, as the API checks it. */
export function resultProblem(result: StepResult | null, text: string): string | null {
  if (!result) return null;
  if (result.field === 'wishes') {
    const wishes = lines(text);
    if (wishes.length === 0) return T.wishesMissing;
    if (wishes.length > 200) return T.wishesTooMany;
    if (wishes.some((w) => w.length > 1000)) return T.wishTooLong;
    return null;
  }
  if (!text.trim()) return result.field === 'goal' ? T.goalMissing : T.actionPlanMissing;
  if (text.trim().length > result.max) return formatText(T.tooLong, { max: result.max.toLocaleString('nl-NL') });
  return null;
}

export function advanceInput(step: number, result: StepResult | null, text: string) {
  const base = { toStep: step + 1 };
  if (!result) return base;
  return result.field === 'wishes' ? { ...base, wishes: lines(text) } : { ...base, [result.field]: text.trim() };
}
