import {
  Alert,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { COMPONENTS_FORM_TEXTS as T } from '@regiekamer/texts';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { FieldError } from '../lib/errors';
import { formatDateInput, parseDateInput } from '../lib/format';
import { CharacterCount } from './CharacterCount';

export { fieldFromPath, type FieldError } from '../lib/errors';

export const fieldId = (formId: string, name: string) => `${formId}-veld-${name}`;

const tooLong = (value: string, max: number | undefined) => max !== undefined && value.length > max;

/**
 * The error summary at the top of a form (NL Design System / GOV.UK pattern): takes focus when it appears,
 * lists every problem, and each links to its field.
 */
export function ErrorSummary({ formId, errors }: { formId: string; errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <Alert type="error" role="alert" ref={ref} tabIndex={-1} aria-labelledby={`${formId}-summary`} className="error-summary">
      <Heading2 id={`${formId}-summary`}>{T.errorSummaryTitle}</Heading2>
      <UnorderedList>
        {errors.map((error, i) => (
          <UnorderedListItem key={`${error.field ?? 'form'}-${i}`}>
            {error.field ? (
              <a
                className="utrecht-link"
                href={`#${fieldId(formId, error.field)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(formId, error.field as string))?.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

interface BaseFieldProps {
  formId: string;
  name: string;
  label: string;
  description?: ReactNode;
  errors: FieldError[];
  required?: boolean;
}

function useFieldParts({ formId, name, description, errors, maxLength }: BaseFieldProps & { maxLength?: number }) {
  const id = fieldId(formId, name);
  const error = errors.find((e) => e.field === name);
  const descId = description ? `${id}-description` : undefined;
  const errId = error ? `${id}-error` : undefined;
  const countId = maxLength ? `${id}-count` : undefined;
  const describedBy = [descId, errId, countId].filter(Boolean).join(' ') || undefined;
  return { id, error, descId, errId, countId, describedBy };
}

function FieldFrame(props: BaseFieldProps & { children: ReactNode; maxLength?: number; value?: string }) {
  const { id, error, descId, errId, countId } = useFieldParts(props);
  return (
    <FormField invalid={Boolean(error)} type="text" className="field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {props.label}
          {props.required === false && <span className="optional"> {T.optional}</span>}
        </FormLabel>
      </Paragraph>
      {props.description && <FormFieldDescription id={descId}>{props.description}</FormFieldDescription>}
      {error && (
        <FormFieldErrorMessage id={errId}>
          <span className="visually-hidden">{T.errorPrefix} </span>
          {error.message}
        </FormFieldErrorMessage>
      )}
      <Paragraph className="utrecht-form-field__input">{props.children}</Paragraph>
      {props.maxLength !== undefined && countId && <CharacterCount id={countId} length={(props.value ?? '').length} max={props.maxLength} />}
    </FormField>
  );
}

export function TextField(
  props: BaseFieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: string;
    inputMode?: 'decimal' | 'numeric' | 'text';
    autoComplete?: string;
    width?: 'small' | 'medium';
    /** The API's maximum: shows a character counter and marks the field when the text is longer. */
    maxLength?: number;
  },
) {
  const { id, error, describedBy } = useFieldParts(props);
  const invalid = Boolean(error) || tooLong(props.value, props.maxLength);
  return (
    <FieldFrame {...props}>
      <Textbox
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        invalid={invalid}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-required={props.required === false ? undefined : true}
        className={props.width ? `input--${props.width}` : undefined}
        onChange={(e: ChangeEvent<HTMLInputElement>) => props.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

/**
 * A date typed the Dutch way (dd-mm-jjjj), the same in every browser: the browser's own date picker follows the
 * operating system's language and showed mm/dd/yyyy. Hands the form `YYYY-MM-DD`, or the text as typed while it is
 * no date yet, so that the form's own check can name the field.
 */
export function DateField(props: BaseFieldProps & { value: string; onChange: (value: string) => void; width?: 'small' | 'medium' }) {
  const [text, setText] = useState(() => formatDateInput(props.value));
  // A value set from outside (a reset, the newest version after a conflict) replaces what is shown.
  const shown = parseDateInput(text) === props.value || text === props.value ? text : formatDateInput(props.value);
  const hint = T.dateHint;
  return (
    <TextField
      {...props}
      description={
        props.description ? (
          <>
            {props.description} {hint}
          </>
        ) : (
          hint
        )
      }
      inputMode="numeric"
      value={shown}
      onChange={(typed) => {
        setText(typed);
        props.onChange(parseDateInput(typed) ?? typed);
      }}
    />
  );
}

export function TextAreaField(props: BaseFieldProps & { value: string; onChange: (value: string) => void; maxLength?: number; rows?: number }) {
  const { id, error, describedBy } = useFieldParts(props);
  const invalid = Boolean(error) || tooLong(props.value, props.maxLength);
  return (
    <FieldFrame {...props}>
      <Textarea
        id={id}
        name={props.name}
        value={props.value}
        invalid={invalid}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        rows={props.rows ?? 4}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => props.onChange(e.target.value)}
      />
    </FieldFrame>
  );
}

export function SelectField<V extends string>(
  props: BaseFieldProps & {
    value: V | '';
    onChange: (value: V | '') => void;
    options: { value: V; label: string }[];
    emptyLabel?: string;
  },
) {
  const { id, error, describedBy } = useFieldParts(props);
  return (
    <FieldFrame {...props}>
      <Select
        id={id}
        name={props.name}
        value={props.value}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => props.onChange(e.target.value as V | '')}
      >
        {props.emptyLabel !== undefined && <SelectOption value="">{props.emptyLabel}</SelectOption>}
        {props.options.map((o) => (
          <SelectOption key={o.value} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
}

export function options<V extends string>(labels: Record<V, string>): { value: V; label: string }[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

/** A success or info message that screen readers announce. */
export function Notice({ type = 'ok', children }: { type?: 'ok' | 'info' | 'warning'; children: ReactNode }) {
  return (
    <Alert type={type} role="status">
      {children}
    </Alert>
  );
}

/** A fresh idempotency key for a create mutation; a retry of the same submission reuses it. */
export function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
