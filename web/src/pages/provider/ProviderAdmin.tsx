import { useMutation } from '@apollo/client/react';
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
      <TextField formId={formId} name="name" label="Naam" maxLength={200} value={v.name} onChange={(name) => onChange({ name })} errors={errors} />
      <SelectField
        formId={formId}
        name="kind"
        label="Soort"
        emptyLabel={choose ? 'Kies een soort' : undefined}
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
    if (!v.name.trim()) found.push({ field: 'name', message: 'Vul de naam in.' });
    if (v.kind === '') found.push({ field: 'kind', message: 'Kies de soort aanbieder.' });
    if (!/^[0-9]{8}$/.test(v.kvkNumber)) found.push({ field: 'kvkNumber', message: 'Een KvK-nummer bestaat uit 8 cijfers.' });
    if (v.agbCode !== '' && !/^[0-9]{8}$/.test(v.agbCode)) found.push({ field: 'agbCode', message: 'Een AGB-code bestaat uit 8 cijfers.' });
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
      <Heading2 id={`${formId}-titel`}>Aanbieder toevoegen</Heading2>
      {done && <Notice>{done} is toegevoegd. Voeg vertegenwoordigers toe bij Gebruikers.</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-titel`}>
        <ErrorSummary formId={formId} errors={errors} />
        <NameAndKind formId={formId} v={v} onChange={(change) => setV({ ...v, ...change })} errors={errors} choose />
        <TextField
          formId={formId}
          name="kvkNumber"
          label="KvK-nummer"
          inputMode="numeric"
          width="medium"
          value={v.kvkNumber}
          onChange={(kvkNumber) => setV({ ...v, kvkNumber })}
          errors={errors}
        />
        <TextField
          formId={formId}
          name="agbCode"
          label="AGB-code (als de aanbieder die heeft)"
          inputMode="numeric"
          width="medium"
          value={v.agbCode}
          onChange={(agbCode) => setV({ ...v, agbCode })}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          Aanbieder toevoegen
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
    const found: FieldError[] = v.name.trim() ? [] : [{ field: 'name', message: 'Vul de naam in.' }];
    setErrors(found);
    if (found.length > 0 || v.kind === '' || loading) return;
    try {
      const { data } = await update({ variables: { id: p.id, version: p.version, input: { name: v.name.trim(), kind: v.kind } } });
      const userErrors = data?.providerUpdate.userErrors ?? [];
      if (isStale(userErrors))
        setErrors([{ field: 'name', message: 'Iemand anders heeft deze aanbieder intussen gewijzigd. Laad de pagina opnieuw.' }]);
      else setErrors(toFieldErrors(userErrors, ['name', 'kind']));
      setDone(userErrors.length === 0);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <details className="section">
      <summary>Naam of soort wijzigen</summary>
      {done && <Notice>De wijziging is opgeslagen.</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={`${p.name} wijzigen`}>
        <ErrorSummary formId={formId} errors={errors} />
        <NameAndKind formId={formId} v={v} onChange={(change) => setV({ ...v, ...change })} errors={errors} />
        <Button appearance="secondary-action-button" type="submit" busy={loading}>
          Wijziging opslaan
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
      setErrors([{ field: 'reason', message: 'Vul de reden in.' }]);
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
      if ((data?.providerReactivate.userErrors.length ?? 0) > 0) setError('Heractiveren is niet gelukt: de aanbieder is al actief.');
    } catch {
      setError('Het is niet gelukt door een technische storing. Probeer het opnieuw.');
    }
  }
  if (!p.active)
    return (
      <section className="section" aria-labelledby={`${formId}-titel`}>
        <Heading3 id={`${formId}-titel`}>Gedeactiveerd</Heading3>
        <Paragraph>
          Gedeactiveerd op {formatDateTime(p.deactivatedAt)}. Reden: {p.deactivationReason}
        </Paragraph>
        <Paragraph>De gegevens en de geschiedenis blijven te zien. De aanbieder kan geen arrangementen starten en niets ondertekenen.</Paragraph>
        {error && (
          <Alert type="error" role="alert">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        <ConfirmStep
          label="Aanbieder heractiveren"
          name="Aanbieder heractiveren"
          question={`${p.name} wordt weer actief. De vertegenwoordigers blijven gedeactiveerd tot u ze bij Gebruikers weer activeert.`}
          confirmLabel="Ja, heractiveren"
          busy={reactivating.loading}
          onConfirm={onReactivate}
        />
      </section>
    );
  return (
    <details className="section">
      <summary>Aanbieder deactiveren</summary>
      <form className="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={`${p.name} deactiveren`}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextAreaField formId={formId} name="reason" label="Reden" maxLength={2000} value={reason} onChange={setReason} errors={errors} />
        <ConfirmStep
          label="Aanbieder deactiveren"
          name="Aanbieder deactiveren"
          question={`${p.name} wordt gedeactiveerd. De vertegenwoordigers verliezen meteen hun toegang. De geschiedenis blijft te zien.`}
          confirmLabel="Ja, deactiveren"
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
      <Heading2 id="beheer">Beheer</Heading2>
      {provider.active && <EditForm p={provider} />}
      <ActiveState p={provider} />
    </section>
  );
}
