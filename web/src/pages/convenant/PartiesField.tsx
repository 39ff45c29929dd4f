import { useQuery } from '@apollo/client/react';
import { CONVENANT_PARTIES_FIELD_TEXTS as T } from '@regiekamer/texts';
import { Paragraph } from '@utrecht/component-library-react';
import { fieldId, type FieldError } from '../../components/Form';
import { PARTY_CHOICES } from './convenant.documents';

/** The providers that are party, as checkboxes; the municipality is always a party and is not chosen. */
export function PartiesField({
  formId,
  value,
  onChange,
  errors,
}: {
  formId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  errors: FieldError[];
}) {
  const { data } = useQuery(PARTY_CHOICES);
  const error = errors.find((e) => e.field === 'partyIds');
  const errId = `${fieldId(formId, 'partyIds')}-error`;
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((x) => x !== id));
  return (
    <fieldset className="utrecht-form-fieldset parties" aria-describedby={error ? errId : undefined}>
      <legend className="utrecht-form-fieldset__legend">{T.legend}</legend>
      <Paragraph>{T.hint}</Paragraph>
      {error && (
        <Paragraph id={errId} className="utrecht-form-field-error-message">
          <span className="visually-hidden">{T.errorPrefix}</span>
          {error.message}
        </Paragraph>
      )}
      {(data?.providers.edges ?? []).map(({ node }, i) => (
        <label key={node.id} className="utrecht-form-label utrecht-form-label--checkbox checkbox-option">
          <input
            type="checkbox"
            id={i === 0 ? fieldId(formId, 'partyIds') : undefined}
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={value.includes(node.id)}
            onChange={(e) => toggle(node.id, e.target.checked)}
          />{' '}
          {node.name}
        </label>
      ))}
    </fieldset>
  );
}
