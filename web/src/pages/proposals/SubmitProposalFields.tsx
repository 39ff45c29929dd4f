import { SUBMIT_PROPOSAL_FIELDS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { DateField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import type { SubmitValues } from './submit.checks';

/** Title, explanation, date of submission and whether it is urgent. */
export function SubmitProposalFields({
  formId,
  values,
  onChange,
  errors,
}: {
  formId: string;
  values: SubmitValues;
  onChange: (values: SubmitValues) => void;
  errors: FieldError[];
}) {
  const set = (k: keyof SubmitValues) => (v: string) => onChange({ ...values, [k]: v });
  return (
    <>
      <TextField
        formId={formId}
        name="title"
        label={T.title}
        value={values.title}
        maxLength={TEXT_MAX.proposalTitle}
        onChange={set('title')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="description"
        label={T.description}
        required={false}
        maxLength={TEXT_MAX.proposalDescription}
        value={values.description}
        onChange={set('description')}
        errors={errors}
      />
      <DateField
        formId={formId}
        name="submittedOn"
        label={T.submittedOn}
        description={T.submittedOnHelp}
        width="medium"
        value={values.submittedOn}
        onChange={set('submittedOn')}
        errors={errors}
      />
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{T.urgent}</legend>
        {(['nee', 'ja'] as const).map((v) => (
          <label key={v} className="utrecht-form-label utrecht-form-label--radio radio-option">
            <input
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              name={`${formId}-urgent`}
              value={v}
              checked={values.urgent === v}
              onChange={() => set('urgent')(v)}
            />{' '}
            {v === 'ja' ? T.urgentYes : T.urgentNo}
          </label>
        ))}
      </fieldset>
    </>
  );
}
