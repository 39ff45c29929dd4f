import { useMutation } from '@apollo/client/react';
import { formatText, PROVIDER_ADMIN_TEXTS as T } from '@regiekamer/texts';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ErrorSummary, Notice, options, SelectField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import type { ProviderKind, ProviderQuery } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { PROVIDER_KIND_LABELS } from '../../lib/labels';
import { PROVIDER } from './provider.documents';
import { PROVIDER_CREATE, PROVIDER_DEACTIVATE, PROVIDER_REACTIVATE, PROVIDER_UPDATE } from './provider-admin.documents';

type Provider = Extract<NonNullable<ProviderQuery['node']>, { __typename: 'Provider' }>;

const EMPTY = { name: '', kind: '' as ProviderKind | '', kvkNumber: '', agbCode: '' };

interface NameKind {
  name: string;
  kind: ProviderKind | '';
}

/** A provider's name and kind, as adding and changing one ask them; `choose` starts without a kind. */
function NameAndKind({
  formId,
  v,
  onChange,
  errors,
  choose = false,
}: {
  formId: string;
  v: NameKind;
  onChange: (change: Partial<NameKind>) => void;
  errors: FieldError[];
  choose?: boolean;
}) {
  return (
    <>
      <TextField formId={formId} name="name" label={T.name} maxLength={200} value={v.name} onChange={(name) => onChange({ name })} errors={errors} />
      <SelectField
        formId={formId}
        name="kind"
        label={T.kind}
        emptyLabel={choose ? T.chooseKind : undefined}
        options={options(PROVIDER_KIND_LABELS)}
        value={v.kind}
        onChange={(kind) => onChange({ kind })}
        errors={errors}
      />
    </>
  );
}

/** The ADMIN and the regisseur add a provider: name, kind, KvK number and (for care) its AGB code. */
export function ProviderCreateForm({ onCreated }: { onCreated: () => void }) {
  const formId = `aanbieder-${useId().replace(/:/g, '')}`;
  const [v, setV] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading }] = useMutation(PROVIDER_CREATE);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const found: FieldError[] = [];
    if (!v.name.trim()) found.push({ field: 'name', message: T.nameMissing });
    if (v.kind === '') found.push({ field: 'kind', message: T.kindMissing });
    if (!/^[0-9]{8}$/.test(v.kvkNumber)) found.push({ field: 'kvkNumber', message: T.kvkNumberInvalid });
    if (v.agbCode !== '' && !/^[0-9]{8}$/.test(v.agbCode)) found.push({ field: 'agbCode', message: T.agbCodeInvalid });
    setErrors(found);
    if (found.length > 0 || v.kind === '' || loading) return;
    try {
      const input = { name: v.name.trim(), kind: v.kind, kvkNumber: v.kvkNumber, agbCode: v.agbCode || null };
      const { data } = await create({ variables: { input } });
      const userErrors = data?.providerCreate.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, ['name', 'kind', 'kvkNumber', 'agbCode']));
      if (userErrors.length > 0) return;
      setDone(input.name);
      setV(EMPTY);
      onCreated();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <section className="section" aria-labelledby={`${formId}-titel`}>
      <Heading2 id={`${formId}-titel`}>{T.createTitle}</Heading2>
      {done && <Notice>{formatText(T.created, { name: done })}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-titel`}>
        <ErrorSummary formId={formId} errors={errors} />
        <NameAndKind formId={formId} v={v} onChange={(change) => setV({ ...v, ...change })} errors={errors} choose />
        <TextField
          formId={formId}
          name="kvkNumber"
          label={T.kvkNumber}
          inputMode="numeric"
          width="medium"
          value={v.kvkNumber}
          onChange={(kvkNumber) => setV({ ...v, kvkNumber })}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="agbCode"
          label={T.agbCode}
          inputMode="numeric"
          width="medium"
          value={v.agbCode}
          onChange={(agbCode) => setV({ ...v, agbCode })}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {T.create}
        </Button>
      </form>
    </section>
  );
}

/** Rename a provider or set its kind, at the version the page shows. */
function EditForm({ p }: { p: Provider }) {
  const formId = `bewerken-${useId().replace(/:/g, '')}`;
  const [v, setV] = useState({ name: p.name, kind: p.kind as ProviderKind | '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [update, { loading }] = useMutation(PROVIDER_UPDATE, { refetchQueries: [PROVIDER], awaitRefetchQueries: true });
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found: FieldError[] = v.name.trim() ? [] : [{ field: 'name', message: T.nameMissing }];
    setErrors(found);
    if (found.length > 0 || v.kind === '' || loading) return;
    try {
      const { data } = await update({ variables: { id: p.id, version: p.version, input: { name: v.name.trim(), kind: v.kind } } });
      const userErrors = data?.providerUpdate.userErrors ?? [];
      if (isStale(userErrors))
        setErrors([{ field: 'name', message: T.stale }]);
      else setErrors(toFieldErrors(userErrors, ['name', 'kind']));
      setDone(userErrors.length === 0);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <details className="section">
      <summary>{T.editTitle}</summary>
      {done && <Notice>{T.saved}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={formatText(T.editLabel, { name: p.name })}>
        <ErrorSummary formId={formId} errors={errors} />
        <NameAndKind formId={formId} v={v} onChange={(change) => setV({ ...v, ...change })} errors={errors} />
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          {T.save}
        </Button>
      </form>
    </details>
  );
}

/** Deactivate with a reason, after a confirm step that says what it does; or reactivate a deactivated one. */
function ActiveState({ p }: { p: Provider }) {
  const formId = `deactiveren-${useId().replace(/:/g, '')}`;
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refetch = { refetchQueries: [PROVIDER], awaitRefetchQueries: true };
  const [deactivate, deactivating] = useMutation(PROVIDER_DEACTIVATE, refetch);
  const [reactivate, reactivating] = useMutation(PROVIDER_REACTIVATE, refetch);
  async function onDeactivate() {
    if (!reason.trim()) {
      setErrors([{ field: 'reason', message: T.reasonMissing }]);
      return;
    }
    setErrors([]);
    try {
      const { data } = await deactivate({ variables: { input: { providerId: p.id, reason: reason.trim() } } });
      setErrors(toFieldErrors(data?.providerDeactivate.userErrors ?? [], ['reason']));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  async function onReactivate() {
    setError(null);
    try {
      const { data } = await reactivate({ variables: { id: p.id } });
      if ((data?.providerReactivate.userErrors.length ?? 0) > 0) setError(T.reactivateRefused);
    } catch {
      setError(T.technicalError);
    }
  }
  if (!p.active)
    return (
      <section className="section" aria-labelledby={`${formId}-titel`}>
        <Heading3 id={`${formId}-titel`}>{T.deactivatedTitle}</Heading3>
        <Paragraph>{formatText(T.deactivatedOn, { at: formatDateTime(p.deactivatedAt), reason: p.deactivationReason ?? '' })}</Paragraph>
        <Paragraph>{T.deactivatedHelp}</Paragraph>
        {error && (
          <Alert type="error" role="alert">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        <ConfirmStep
          label={T.reactivate}
          name={T.reactivate}
          question={formatText(T.reactivateQuestion, { name: p.name })}
          confirmLabel={T.reactivateConfirm}
          busy={reactivating.loading}
          onConfirm={onReactivate}
        />
      </section>
    );
  return (
    <details className="section">
      <summary>{T.deactivate}</summary>
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={formatText(T.deactivateLabel, { name: p.name })}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextAreaField formId={formId} name="reason" label={T.reason} maxLength={2000} value={reason} onChange={setReason} errors={errors} />
        <ConfirmStep
          label={T.deactivate}
          name={T.deactivate}
          question={formatText(T.deactivateQuestion, { name: p.name })}
          confirmLabel={T.deactivateConfirm}
          busy={deactivating.loading}
          onConfirm={onDeactivate}
        />
      </form>
    </details>
  );
}

/** What the ADMIN and the regisseur manage on a provider's page. */
export function ProviderManage({ provider }: { provider: Provider }) {
  return (
    <section className="section" aria-labelledby="beheer">
      <Heading2 id="beheer">{T.manageHeading}</Heading2>
      {provider.active && <EditForm p={provider} />}
      <ActiveState p={provider} />
    </section>
  );
}
