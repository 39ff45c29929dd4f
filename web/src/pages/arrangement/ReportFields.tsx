import { REPORT_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { DateField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import { REMARKS_MAX, type ReportValues } from './report-rules';

export function ReportFields({
  formId,
  values,
  onChange,
  errors,
}: {
  formId: string;
  values: ReportValues;
  onChange: (v: ReportValues) => void;
  errors: FieldError[];
}) {
  const set = (k: keyof ReportValues) => (v: string) => onChange({ ...values, [k]: v });
  return (
    <>
      <div className="field-row">
        <DateField
          formId={formId}
          name="periodStart"
          label={T.periodStart}
          width="medium"
          value={values.periodStart}
          onChange={set('periodStart')}
          errors={errors}
        />
        <DateField
          formId={formId}
          name="periodEnd"
          label={T.periodEnd}
          width="medium"
          value={values.periodEnd}
          onChange={set('periodEnd')}
          errors={errors}
        />
      </div>
      <TextField
        formId={formId}
        name="hoursDelivered"
        label={T.hours}
        inputMode="decimal"
        width="small"
        value={values.hours}
        onChange={set('hours')}
        errors={errors}
      />
      <TextField
        formId={formId}
        name="costCents"
        label={T.cost}
        description={T.costHint}
        inputMode="decimal"
        width="small"
        value={values.cost}
        onChange={set('cost')}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="remarks"
        label={T.remarks}
        required={false}
        maxLength={REMARKS_MAX}
        value={values.remarks}
        onChange={set('remarks')}
        errors={errors}
      />
    </>
  );
}
