import { useMutation, useQuery } from '@apollo/client/react';
import { CONVENANT_LIFE_FORMS_TEXTS as T, formatText, TEXT_MAX } from '@regiekamer/texts';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type ReactNode, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { isLocalDate, parseMoney, todayInAmsterdam } from '../../lib/format';
import { CONVENANTS, PARTY_CHOICES } from './convenant.documents';
import { AMENDMENT_PROPOSE, CONVENANT_END, CONVENANT_RENEW } from './convenant-life.documents';
import type { Convenant } from './party';

const REFETCH = { refetchQueries: [CONVENANTS], awaitRefetchQueries: true };

/** A form folded away under its title until the regisseur opens it. */
function Folded({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="section">
      <summary>{title}</summary>
      {children}
    </details>
  );
}

function Checkboxes({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: { id: string; name: string }[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  if (choices.length === 0) return null;
  return (
    <fieldset className="utrecht-form-fieldset parties">
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {choices.map((p) => (
        <label key={p.id} className="utrecht-form-label utrecht-form-label--checkbox checkbox-option">
          <input
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={value.includes(p.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, p.id] : value.filter((x) => x !== p.id))}
          />{' '}
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}

const EMPTY_AMENDMENT = { budget: '', endsOn: '', joining: [] as string[], leaving: [] as string[], reason: '' };

/** The form's own checks before sending: the budget and end date when given, and the reason. */
function checkAmendment(v: typeof EMPTY_AMENDMENT): { errors: FieldError[]; budgetCents: number | null } {
  const errors: FieldError[] = [];
  const budgetCents = v.budget.trim() === '' ? null : parseMoney(v.budget);
  if (v.budget.trim() !== '' && budgetCents === null) errors.push({ field: 'budgetCents', message: T.budgetInvalid });
  if (v.endsOn !== '' && !isLocalDate(v.endsOn)) errors.push({ field: 'endsOn', message: T.endsOnInvalid });
  if (!v.reason.trim()) errors.push({ field: 'reason', message: T.amendReasonMissing });
  return { errors, budgetCents };
}

/** An amendment: a new budget, a new end date, providers joining or leaving, and the reason. */
export function AmendForm({ c }: { c: Convenant }) {
  const formId = `wijzigen-${useId().replace(/:/g, '')}`;
  const [v, setV] = useState(EMPTY_AMENDMENT);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [propose, { loading }] = useMutation(AMENDMENT_PROPOSE, REFETCH);
  const providers = useQuery(PARTY_CHOICES).data?.providers.edges.map((e) => e.node) ?? [];
  const current = c.parties.flatMap((p) => (p.provider && !p.leftOn ? [p.provider] : []));
  const others = providers.filter((p) => !current.some((x) => x.id === p.id));
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const { errors: found, budgetCents } = checkAmendment(v);
    setErrors(found);
    if (found.length > 0 || loading) return;
    try {
      const input = {
        convenantId: c.id,
        budgetCents,
        endsOn: v.endsOn || null,
        partiesJoining: v.joining,
        partiesLeaving: v.leaving,
        reason: v.reason.trim(),
      };
      const { data } = await propose({ variables: { input } });
      const userErrors = data?.convenantAmendmentPropose.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['budgetCents', 'endsOn', 'partiesJoining', 'partiesLeaving', 'reason']));
      if (userErrors.length > 0) return;
      setV(EMPTY_AMENDMENT);
      setDone(true);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <Folded title={T.amendTitle}>
      {done && <Notice>{T.amendDone}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.amendLabel, { title: c.title })}>
        <ErrorSummary formId={formId} errors={errors} />
        <Paragraph>{T.amendIntro}</Paragraph>
        <TextField
          formId={formId}
          name="budgetCents"
          label={T.newBudget}
          inputMode="decimal"
          width="medium"
          value={v.budget}
          onChange={(budget) => setV({ ...v, budget })}
          errors={errors}
        />
        <DateField
          formId={formId}
          name="endsOn"
          label={T.newEndsOn}
          width="medium"
          value={v.endsOn}
          onChange={(endsOn) => setV({ ...v, endsOn })}
          errors={errors}
        />
        <Checkboxes legend={T.joining} choices={others} value={v.joining} onChange={(joining) => setV({ ...v, joining })} />
        <Checkboxes legend={T.leaving} choices={current} value={v.leaving} onChange={(leaving) => setV({ ...v, leaving })} />
        <TextAreaField
          formId={formId}
          name="reason"
          label={T.amendReason}
          maxLength={2000}
          value={v.reason}
          onChange={(reason) => setV({ ...v, reason })}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.amendSubmit}
        </Button>
      </form>
    </Folded>
  );
}

/** Ending early: a new last day (today or later, before the current end) and the reason. */
export function EndForm({ c }: { c: Convenant }) {
  const formId = `beeindigen-${useId().replace(/:/g, '')}`;
  const [v, setV] = useState({ endsOn: '', reason: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [end, { loading }] = useMutation(CONVENANT_END, REFETCH);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!isLocalDate(v.endsOn)) found.push({ field: 'endsOn', message: T.newEndsOnInvalid });
    else if (v.endsOn < todayInAmsterdam()) found.push({ field: 'endsOn', message: T.endsOnPast });
    else if (v.endsOn >= c.endsOn) found.push({ field: 'endsOn', message: T.endsOnNotEarlier });
    if (!v.reason.trim()) found.push({ field: 'reason', message: T.endReasonMissing });
    setErrors(found);
    if (found.length > 0 || loading) return;
    try {
      const { data } = await end({ variables: { input: { convenantId: c.id, endsOn: v.endsOn, reason: v.reason.trim() } } });
      setErrors(toFieldErrors(data?.convenantEnd.userErrors ?? [], ['endsOn', 'reason']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <Folded title={T.endTitle}>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.endLabel, { title: c.title })}>
        <ErrorSummary formId={formId} errors={errors} />
        <DateField
          formId={formId}
          name="endsOn"
          label={T.lastDay}
          width="medium"
          value={v.endsOn}
          onChange={(endsOn) => setV({ ...v, endsOn })}
          errors={errors}
        />
        <TextAreaField
          formId={formId}
          name="reason"
          label={T.endReason}
          maxLength={2000}
          value={v.reason}
          onChange={(reason) => setV({ ...v, reason })}
          errors={errors}
        />
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          {T.endSubmit}
        </Button>
      </form>
    </Folded>
  );
}

const EMPTY_RENEWAL = { title: '', startsOn: '', endsOn: '', budget: '' };

/** The form's own checks before sending: a title, a period that starts after the current end, and a budget. */
function checkRenewal(v: typeof EMPTY_RENEWAL, currentEndsOn: string): { errors: FieldError[]; budgetCents: number | null } {
  const errors: FieldError[] = [];
  const budgetCents = parseMoney(v.budget);
  if (!v.title.trim()) errors.push({ field: 'title', message: T.titleMissing });
  if (!isLocalDate(v.startsOn)) errors.push({ field: 'startsOn', message: T.startsOnInvalid });
  else if (v.startsOn <= currentEndsOn) errors.push({ field: 'startsOn', message: T.startsTooEarly });
  if (!isLocalDate(v.endsOn)) errors.push({ field: 'endsOn', message: T.endsOnInvalid });
  if (budgetCents === null) errors.push({ field: 'budgetCents', message: T.budgetInvalid });
  return { errors, budgetCents };
}

/** Renewing: a new draft for the next period with the parties of today, unsigned. */
export function RenewForm({ c }: { c: Convenant }) {
  const formId = `verlengen-${useId().replace(/:/g, '')}`;
  const [v, setV] = useState(EMPTY_RENEWAL);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [renew, { loading }] = useMutation(CONVENANT_RENEW, REFETCH);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const { errors: found, budgetCents } = checkRenewal(v, c.endsOn);
    setErrors(found);
    if (found.length > 0 || budgetCents === null || loading) return;
    try {
      const input = { convenantId: c.id, title: v.title.trim(), startsOn: v.startsOn, endsOn: v.endsOn, budgetCents };
      const { data } = await renew({ variables: { input } });
      const userErrors = data?.convenantRenew.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['title', 'startsOn', 'endsOn', 'budgetCents']));
      if (userErrors.length === 0) setDone(true);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <Folded title={T.renewTitle}>
      {done && <Notice>{T.renewDone}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.renewLabel, { title: c.title })}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextField
          formId={formId}
          name="title"
          maxLength={TEXT_MAX.convenantTitle}
          label={T.renewTitleLabel}
          value={v.title}
          onChange={(title) => setV({ ...v, title })}
          errors={errors}
        />
        <DateField
          formId={formId}
          name="startsOn"
          label={T.startsOn}
          width="medium"
          value={v.startsOn}
          onChange={(startsOn) => setV({ ...v, startsOn })}
          errors={errors}
        />
        <DateField
          formId={formId}
          name="endsOn"
          label={T.endsOn}
          width="medium"
          value={v.endsOn}
          onChange={(endsOn) => setV({ ...v, endsOn })}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="budgetCents"
          label={T.budget}
          inputMode="decimal"
          width="medium"
          value={v.budget}
          onChange={(budget) => setV({ ...v, budget })}
          errors={errors}
        />
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          {T.renewSubmit}
        </Button>
      </form>
    </Folded>
  );
}
