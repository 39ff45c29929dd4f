import { Button, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { formatText, PLAN_LIST_FIELDS_TEXTS as L } from '@regiekamer/texts';
import { TextField, type FieldError } from '../../components/Form';
import { MAX_GOALS, MAX_LINES, type GoalValues, type LineValues } from './plan.checks';

interface ListProps<T> {
  formId: string;
  rows: T[];
  onChange: (rows: T[]) => void;
  errors: FieldError[];
}

function update<T>(rows: T[], i: number, patch: Partial<T>): T[] {
  return rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
}

/** The goals of a plan: title, how it is measured, the target of the year. */
export function GoalFields({ formId, rows, onChange, errors }: ListProps<GoalValues>) {
  return (
    <Fieldset>
      <FieldsetLegend>{L.goals}</FieldsetLegend>
      {rows.map((g, i) => (
        <div className="list-row" key={i}>
          <TextField
            formId={formId}
            errors={errors}
            name={`goals.${i}.title`}
            label={formatText(L.goal, { n: String(i + 1) })}
            value={g.title}
            onChange={(title) => onChange(update(rows, i, { title }))}
          />
          <TextField
            formId={formId}
            errors={errors}
            name={`goals.${i}.indicator`}
            label={L.indicator}
            value={g.indicator}
            onChange={(indicator) => onChange(update(rows, i, { indicator }))}
          />
          <TextField
            formId={formId}
            errors={errors}
            name={`goals.${i}.target`}
            label={L.target}
            inputMode="decimal"
            width="small"
            value={g.target}
            onChange={(target) => onChange(update(rows, i, { target }))}
          />
          {rows.length > 1 && (
            <Button appearance="subtle-button" type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {formatText(L.removeGoal, { n: String(i + 1) })}
            </Button>
          )}
        </div>
      ))}
      {rows.length < MAX_GOALS && (
        <Button appearance="secondary-action-button" type="button" onClick={() => onChange([...rows, { title: '', indicator: '', target: '' }])}>
          {L.addGoal}
        </Button>
      )}
    </Fieldset>
  );
}

/** The budget lines of a plan: what for, and how much for the year. */
export function BudgetLineFields({ formId, rows, onChange, errors }: ListProps<LineValues>) {
  return (
    <Fieldset>
      <FieldsetLegend>{L.budget}</FieldsetLegend>
      {rows.map((l, i) => (
        <div className="list-row" key={i}>
          <TextField
            formId={formId}
            errors={errors}
            name={`budgetLines.${i}.title`}
            label={formatText(L.line, { n: String(i + 1) })}
            value={l.title}
            onChange={(title) => onChange(update(rows, i, { title }))}
          />
          <TextField
            formId={formId}
            errors={errors}
            name={`budgetLines.${i}.amountCents`}
            label={L.amount}
            inputMode="decimal"
            width="small"
            value={l.amount}
            onChange={(amount) => onChange(update(rows, i, { amount }))}
          />
          {rows.length > 1 && (
            <Button appearance="subtle-button" type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              {formatText(L.removeLine, { n: String(i + 1) })}
            </Button>
          )}
        </div>
      ))}
      {rows.length < MAX_LINES && (
        <Button appearance="secondary-action-button" type="button" onClick={() => onChange([...rows, { title: '', amount: '' }])}>
          {L.addLine}
        </Button>
      )}
    </Fieldset>
  );
}
