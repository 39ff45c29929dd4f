import { formatText, HOURS_FORM_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { useMutation } from '@apollo/client/react';
import { Button, Heading4 } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, TextField } from '../../components/Form';
import { formatNumber, parseDecimal, todayInAmsterdam } from '../../lib/format';
import { ATELIER_HOURS_LOG } from './atelier.documents';
import type { AtelierDetail } from './AtelierCard';
import { ConfirmStep } from './ConfirmStep';
import { hoursLogProblems } from './checks';
import { useSend } from './useSend';

/** Logs facilitator hours; warns, and asks again, before the atelier goes over its norm. */
export function HoursForm({ a, formKey }: { a: AtelierDetail; formKey: string }) {
  const formId = `uren-${formKey}`;
  const today = todayInAmsterdam();
  const [v, setV] = useState({ workedOn: today, hours: '', note: '' });
  const [overConfirm, setOverConfirm] = useState(false);
  const form = useSend(['workedOn', 'hours', 'note']);
  const [log, { loading }] = useMutation(ATELIER_HOURS_LOG, { refetchQueries: ['Opgave'], awaitRefetchQueries: true });
  const hours = parseDecimal(v.hours) ?? 0;
  const total = a.facilitatorHours + hours;
  async function save() {
    setOverConfirm(false);
    const input = { atelierId: a.id, workedOn: v.workedOn, hours, note: v.note.trim() || null };
    if (await form.send(async () => (await log({ variables: { input } })).data?.atelierHoursLog.userErrors)) setV({ ...v, hours: '', note: '' });
  }
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = hoursLogProblems(v, today);
    form.setErrors(found);
    form.setDone(false);
    if (found.length > 0) return;
    if (total > a.hoursNorm) setOverConfirm(true);
    else void save();
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${formId}-title`}>
      <Heading4 id={`${formId}-title`}>{T.heading}</Heading4>
      <ErrorSummary formId={formId} errors={form.errors} />
      {form.done && <Notice>{T.done}</Notice>}
      <DateField
        formId={formId}
        name="workedOn"
        label={T.workedOnLabel}
        value={v.workedOn}
        onChange={(workedOn) => setV({ ...v, workedOn })}
        errors={form.errors}
        width="small"
      />
      <TextField
        formId={formId}
        name="hours"
        label={T.hoursLabel}
        description={T.hoursHint}
        inputMode="decimal"
        width="small"
        value={v.hours}
        onChange={(h) => {
          setV({ ...v, hours: h });
          setOverConfirm(false);
        }}
        errors={form.errors}
      />
      <TextField
        formId={formId}
        name="note"
        label={T.noteLabel}
        required={false}
        maxLength={TEXT_MAX.atelierHoursNote}
        value={v.note}
        onChange={(note) => setV({ ...v, note })}
        errors={form.errors}
      />
      {overConfirm ? (
        <ConfirmStep confirmLabel={T.overConfirmLabel} busy={loading} onConfirm={() => void save()} onCancel={() => setOverConfirm(false)}>
          {formatText(T.overConfirm, {
            hours: formatNumber(hours),
            total: formatNumber(total),
            norm: formatNumber(a.hoursNorm),
            over: formatNumber(total - a.hoursNorm),
          })}
        </ConfirmStep>
      ) : (
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          {T.submit}
        </Button>
      )}
    </form>
  );
}
