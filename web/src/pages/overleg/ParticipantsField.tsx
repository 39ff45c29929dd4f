import { formatText, PARTICIPANTS_FIELD_TEXTS as T } from '@regiekamer/texts';
import { Button, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { options, SelectField, TextField, type FieldError } from '../../components/Form';
import { MEMBER_KIND_LABELS } from '../../lib/labels';
import type { ParticipantValues } from './overleg-values';

/** The participants, one row each: name, inwoner or professional, organisation; rows are added and removed. */
export function ParticipantsField({
  formId,
  value,
  onChange,
  errors,
}: {
  formId: string;
  value: ParticipantValues[];
  onChange: (value: ParticipantValues[]) => void;
  errors: FieldError[];
}) {
  const set = (i: number, patch: Partial<ParticipantValues>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Fieldset className="participants">
      <FieldsetLegend>{T.legend}</FieldsetLegend>
      {value.length === 0 && <Paragraph>{T.empty}</Paragraph>}
      {value.map((p, i) => (
        <div className="participant-row" key={i}>
          <TextField
            formId={formId}
            name={`participant-${i}-name`}
            label={formatText(T.name, { n: String(i + 1) })}
            value={p.name}
            onChange={(name) => set(i, { name })}
            errors={errors}
          />
          <SelectField
            formId={formId}
            name={`participant-${i}-kind`}
            label={T.kind}
            value={p.kind}
            onChange={(kind) => set(i, { kind })}
            options={options(MEMBER_KIND_LABELS)}
            emptyLabel={T.kindEmpty}
            errors={errors}
          />
          <TextField
            formId={formId}
            name={`participant-${i}-organisation`}
            label={T.organisation}
            required={false}
            value={p.organisation}
            onChange={(organisation) => set(i, { organisation })}
            errors={errors}
          />
          <Button appearance="subtle-button" type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {formatText(T.remove, { n: String(i + 1) })}
          </Button>
        </div>
      ))}
      <Button appearance="secondary-action-button" type="button" onClick={() => onChange([...value, { name: '', kind: '', organisation: '' }])}>
        {T.add}
      </Button>
    </Fieldset>
  );
}
