import { TEXT_MAX } from '@regiekamer/texts';
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
    label: 'Wensen en ideeën',
    hint: 'Eén wens of idee per regel: ten hoogste 200, elk ten hoogste 1.000 tekens.',
    max: TEXT_MAX.trackWish,
  },
  3: { field: 'goal', label: 'Het concrete doel', hint: 'Wat wilt u bereiken, en wanneer?', max: TEXT_MAX.trackGoal },
  4: { field: 'actionPlan', label: 'Plan van aanpak', hint: 'Wie doet wat, en wanneer?', max: TEXT_MAX.trackActionPlan },
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
    if (wishes.length === 0) return 'Vul ten minste één wens of idee in.';
    if (wishes.length > 200) return 'Ten hoogste 200 wensen en ideeën.';
    if (wishes.some((w) => w.length > 1000)) return 'Een wens of idee is ten hoogste 1.000 tekens.';
    return null;
  }
  if (!text.trim()) return result.field === 'goal' ? 'Vul het doel in.' : 'Vul het plan van aanpak in.';
  if (text.trim().length > result.max) return `Ten hoogste ${result.max.toLocaleString('nl-NL')} tekens.`;
  return null;
}

export function advanceInput(step: number, result: StepResult | null, text: string) {
  const base = { toStep: step + 1 };
  if (!result) return base;
  return result.field === 'wishes' ? { ...base, wishes: lines(text) } : { ...base, [result.field]: text.trim() };
}
