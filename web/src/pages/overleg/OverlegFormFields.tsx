import { DateField, options, SelectField, TextField, type FieldError } from '../../components/Form';
import { OVERLEG_TEXTS, TEXT_MAX, OVERLEG_FORM_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { OVERLEG_KIND_LABELS } from '../../lib/labels';
import type { OverlegValues } from './overleg-values';
import { ParticipantsField } from './ParticipantsField';

/** The fields of a meeting, for planning a new one and for changing one. */
export function OverlegFormFields({
  formId,
  values,
  onChange,
  errors,
}: {
  formId: string;
  values: OverlegValues;
  onChange: (values: OverlegValues) => void;
  errors: FieldError[];
}) {
  const set =
    <K extends keyof OverlegValues>(key: K) =>
    (value: OverlegValues[K]) =>
      onChange({ ...values, [key]: value });
  return (
    <>
      <SelectField
        formId={formId}
        name="kind"
        label={T.kind}
        value={values.kind}
        onChange={set('kind')}
        options={options(OVERLEG_KIND_LABELS)}
        emptyLabel={T.kindEmpty}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="title"
        maxLength={TEXT_MAX.overlegTitle}
        label={T.title}
        value={values.title}
        onChange={set('title')}
        errors={errors}
      />
      <DateField formId={formId} name="heldOn" label={T.heldOn} width="medium" value={values.heldOn} onChange={set('heldOn')} errors={errors} />
      <TextField
        formId={formId}
        name="startsAt"
        label={OVERLEG_TEXTS.startsAt}
        description={OVERLEG_TEXTS.timeHint}
        required={false}
        width="small"
        value={values.startsAt}
        onChange={set('startsAt')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="endsAt"
        label={OVERLEG_TEXTS.endsAt}
        required={false}
        width="small"
        value={values.endsAt}
        onChange={set('endsAt')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="location"
        maxLength={TEXT_MAX.overlegLocation}
        label={T.location}
        required={false}
        value={values.location}
        onChange={set('location')}
        errors={errors}
      />
      <ParticipantsField formId={formId} value={values.participants} onChange={set('participants')} errors={errors} />
    </>
  );
}
