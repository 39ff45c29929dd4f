import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { COMPONENTS_FORM_TEXTS as T } from '@regiekamer/texts';
import type { RefObject } from 'react';
import { fieldId, type FieldError } from '../Form';

/** A file chooser as the other fields of a form: label, hint, its error, and the id the error summary links to. */
export function FileField({
  formId,
  name,
  label,
  description,
  errors,
  inputRef,
  accept,
  onChange,
}: {
  formId: string;
  name: string;
  label: string;
  description: string;
  errors: FieldError[];
  inputRef: RefObject<HTMLInputElement | null>;
  accept?: string;
  onChange?: () => void;
}) {
  const id = fieldId(formId, name);
  const error = errors.find((e) => e.field === name);
  const describedBy = [`${id}-description`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormField invalid={Boolean(error)} type="text" className="field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </Paragraph>
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <span className="visually-hidden">{T.errorPrefix} </span>
          {error.message}
        </FormFieldErrorMessage>
      )}
      <Paragraph className="utrecht-form-field__input">
        <input
          id={id}
          ref={inputRef}
          type="file"
          name={name}
          accept={accept}
          className="file-input"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          aria-required="true"
          onChange={onChange}
        />
      </Paragraph>
    </FormField>
  );
}
