import { PERSPECTIVE_FIELDS_TEXTS as T, TEXT_MAX } from '@regiekamer/texts';
import { SelectField, TextAreaField, type FieldError } from '../../components/Form';
import type { Perspective } from '../../gql/graphql';
import { PERSPECTIVE_LABELS } from '../../lib/labels';
import type { PerspectiveValues } from './perspective.checks';

/** Side, position, advice and whether the constituency was consulted. */
export function PerspectiveFields({
  formId,
  sides,
  values,
  onChange,
  errors,
}: {
  formId: string;
  sides: Perspective[];
  values: PerspectiveValues;
  onChange: (values: PerspectiveValues) => void;
  errors: FieldError[];
}) {
  return (
    <>
      <SelectField
        formId={formId}
        name="perspective"
        label={T.side}
        value={values.perspective}
        onChange={(v) => onChange({ ...values, perspective: v })}
        options={sides.map((s) => ({ value: s, label: PERSPECTIVE_LABELS[s] }))}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="position"
        label={T.position}
        maxLength={TEXT_MAX.perspectivePosition}
        value={values.position}
        onChange={(v) => onChange({ ...values, position: v })}
        errors={errors}
      />
      <TextAreaField
        formId={formId}
        name="advice"
        label={T.advice}
        required={false}
        maxLength={TEXT_MAX.perspectiveAdvice}
        value={values.advice}
        onChange={(v) => onChange({ ...values, advice: v })}
        errors={errors}
      />
      <SelectField
        formId={formId}
        name="consultedConstituency"
        label={T.consulted}
        value={values.consulted}
        onChange={(v) => onChange({ ...values, consulted: v })}
        options={[
          { value: 'ja', label: T.yes },
          { value: 'nee', label: T.no },
        ]}
        errors={errors}
      />
    </>
  );
}
