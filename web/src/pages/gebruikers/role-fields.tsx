import { Button } from '@utrecht/component-library-react';
import { useState, type SubmitEvent } from 'react';
import { ROLE_FIELDS_TEXTS as T } from '@regiekamer/texts';
import { ErrorSummary, Notice, SelectField, type FieldError } from '../../components/Form';
import type { Role } from '../../gql/graphql';
import { TECHNICAL_ERROR } from '../../lib/errors';
import { ROLE_LABELS } from '../../lib/labels';

/** A role and, for a provider's representative, the provider: the invitation's fields and a role mapping's. */
export function RoleAndProviderFields(props: {
  formId: string;
  roles: readonly Role[];
  role: Role | '';
  providerId: string;
  onRole: (role: string) => void;
  onProvider: (providerId: string) => void;
  providers: readonly { id: string; name: string }[];
  labels: { role: string; provider: string; providerHint?: string };
  errors: FieldError[];
}) {
  const { formId, labels, errors } = props;
  return (
    <>
      <SelectField
        formId={formId}
        name="role"
        label={labels.role}
        value={props.role}
        onChange={props.onRole}
        options={props.roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        emptyLabel={T.roleEmpty}
        errors={errors}
      />
      {props.role === 'PROVIDER_REP' && (
        <SelectField
          formId={formId}
          name="providerId"
          label={labels.provider}
          description={labels.providerHint}
          value={props.providerId}
          onChange={props.onProvider}
          options={props.providers.map((p) => ({ value: p.id, label: p.name }))}
          emptyLabel={T.providerEmpty}
          errors={errors}
        />
      )}
    </>
  );
}

/** A choice of roles, replaced whole on saving (login links per role, passwords per role). */
export function RolesChoiceForm(props: {
  formId: string;
  initial: readonly Role[];
  save: (roles: Role[]) => Promise<readonly Role[] | null>;
  texts: { title: string; legend: string; submit: string; saved: string };
}) {
  const { texts } = props;
  const [chosen, setChosen] = useState<Role[]>([...props.initial]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [loading, setLoading] = useState(false);
  const toggle = (role: Role) => setChosen(chosen.includes(role) ? chosen.filter((r) => r !== role) : [...chosen, role]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    setLoading(true);
    try {
      const roles = await props.save(chosen);
      setErrors(roles ? [] : [TECHNICAL_ERROR]);
      setSaved(roles !== null);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    } finally {
      setLoading(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={texts.title}>
      <ErrorSummary formId={props.formId} errors={errors} />
      {saved && <Notice>{texts.saved}</Notice>}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{texts.legend}</legend>
        {(Object.keys(ROLE_LABELS) as Role[]).map((role) => (
          <label key={role} className="utrecht-form-label utrecht-form-label--checkbox radio-option">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={chosen.includes(role)}
              onChange={() => toggle(role)}
            />{' '}
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <Button appearance="primary-action-button" type="submit" busy={loading} aria-disabled={loading || undefined}>
        {texts.submit}
      </Button>
    </form>
  );
}
