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
      <FieldsetLegend>Deelnemers</FieldsetLegend>
      {value.length === 0 && <Paragraph>Nog geen deelnemers.</Paragraph>}
      {value.map((p, i) => (
        <div className="participant-row" key={i}>
          <TextField
            formId={formId}
            name={`participant-${i}-name`}
            label={`Naam deelnemer ${i + 1}`}
            value={p.name}
            onChange={(name) => set(i, { name })}
            errors={errors}
          />
          <SelectField
            formId={formId}
            name={`participant-${i}-kind`}
            label="Inwoner of professional"
            value={p.kind}
            onChange={(kind) => set(i, { kind })}
            options={options(MEMBER_KIND_LABELS)}
            emptyLabel="Kies"
            errors={errors}
          />
          <TextField
            formId={formId}
            name={`participant-${i}-organisation`}
            label="Organisatie"
            required={false}
            value={p.organisation}
            onChange={(organisation) => set(i, { organisation })}
            errors={errors}
          />
          <Button appearance="subtle-button" type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            Deelnemer {i + 1} weghalen
          </Button>
        </div>
      ))}
      <Button appearance="secondary-action-button" type="button" onClick={() => onChange([...value, { name: '', kind: '', organisation: '' }])}>
        Deelnemer toevoegen
      </Button>
    </Fieldset>
  );
}
