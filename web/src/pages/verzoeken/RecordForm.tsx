import { useMutation, useQuery } from '@apollo/client/react';
import { PRIVACY_IDENTITY_TEXTS as I, PRIVACY_KIND_TEXTS as K, PRIVACY_REQUEST_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { DateField, ErrorSummary, Notice, options, SelectField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import type { IdentityMethod, PrivacyRequestKind } from '../../gql/graphql';
import { toFieldErrors, TECHNICAL_ERROR } from '../../lib/errors';
import { PROVIDER_OPTIONS } from '../overview-documents';
import { PRIVACY_REQUEST_RECORD } from './privacy-requests.documents';

const FIELDS = ['providerId', 'kind', 'receivedOn', 'reference', 'description', 'identityMethod', 'identityVerifiedOn'];
/** The API's bounds. */
const REFERENCE_MAX = 100;
const DESCRIPTION_MAX = 2000;

/** The required choices the regisseur left empty, each with its message. */
function missingChoices(values: { providerId: string; kind: string; identityMethod: string }): FieldError[] {
  return [...(values.providerId ? [] : ['providerId']), ...(values.kind ? [] : ['kind']), ...(values.identityMethod ? [] : ['identityMethod'])].map(
    (field) => ({ field, message: T.required }),
  );
}

type IdentityValues = Pick<ReturnType<typeof useRecordForm>, 'identityMethod' | 'setIdentityMethod' | 'identityVerifiedOn' | 'setIdentityVerifiedOn'>;

/** The form's values, its errors and notice, and the submit that records the request. */
function useRecordForm(onDone: () => void) {
  const [providerId, setProviderId] = useState('');
  const [kind, setKind] = useState<PrivacyRequestKind | ''>('');
  const [receivedOn, setReceivedOn] = useState('');
  const [reference, setReference] = useState('');
  const [description, setDescription] = useState('');
  const [identityMethod, setIdentityMethod] = useState<IdentityMethod | ''>('');
  const [identityVerifiedOn, setIdentityVerifiedOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [record, { loading }] = useMutation(PRIVACY_REQUEST_RECORD);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const missing = missingChoices({ providerId, kind, identityMethod });
    if (missing.length > 0 || !kind || !identityMethod) {
      setErrors(missing);
      return;
    }
    try {
      const { data } = await record({
        variables: { input: { providerId, kind, receivedOn, reference, description, identityMethod, identityVerifiedOn } },
      });
      const userErrors = data?.privacyRequestRecord.userErrors ?? [];
      setErrors(toFieldErrors(userErrors, FIELDS));
      if (userErrors.length > 0) return;
      setNotice(T.recorded);
      setReference('');
      setDescription('');
      onDone();
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return {
    providerId,
    setProviderId,
    kind,
    setKind,
    receivedOn,
    setReceivedOn,
    reference,
    setReference,
    description,
    setDescription,
    identityMethod,
    setIdentityMethod,
    identityVerifiedOn,
    setIdentityVerifiedOn,
    errors,
    notice,
    loading,
    submit,
  };
}

/** How the resident's identity was verified, and on which day. */
function IdentityFields({ formId, errors, form }: { formId: string; errors: FieldError[]; form: IdentityValues }) {
  return (
    <>
      <SelectField
        formId={formId}
        name="identityMethod"
        label={T.identityMethod}
        errors={errors}
        value={form.identityMethod}
        onChange={form.setIdentityMethod}
        emptyLabel=""
        options={options(I)}
      />
      <DateField
        formId={formId}
        name="identityVerifiedOn"
        label={T.identityVerifiedOn}
        errors={errors}
        value={form.identityVerifiedOn}
        onChange={form.setIdentityVerifiedOn}
        width="small"
      />
    </>
  );
}

/** The regisseur records a request once the resident's identity is verified. */
export function RecordForm({ onDone }: { onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const providers = useQuery(PROVIDER_OPTIONS);
  const { errors, notice, loading, submit, ...form } = useRecordForm(onDone);
  return (
    <section aria-labelledby={`${formId}-kop`}>
      <Heading2 id={`${formId}-kop`}>{T.recordHeading}</Heading2>
      <Paragraph>{T.recordIntro}</Paragraph>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-kop`}>
        {notice && <Notice>{notice}</Notice>}
        <ErrorSummary formId={formId} errors={errors} />
        <SelectField
          formId={formId}
          name="providerId"
          label={T.provider}
          errors={errors}
          value={form.providerId}
          onChange={form.setProviderId}
          emptyLabel=""
          options={(providers.data?.providers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
        />
        <SelectField
          formId={formId}
          name="kind"
          label={T.kind}
          errors={errors}
          value={form.kind}
          onChange={form.setKind}
          emptyLabel=""
          options={options(K)}
        />
        <DateField
          formId={formId}
          name="receivedOn"
          label={T.receivedOn}
          errors={errors}
          value={form.receivedOn}
          onChange={form.setReceivedOn}
          width="small"
        />
        <TextField
          formId={formId}
          name="reference"
          label={T.reference}
          required={false}
          errors={errors}
          value={form.reference}
          onChange={form.setReference}
          maxLength={REFERENCE_MAX}
        />
        <TextAreaField
          formId={formId}
          name="description"
          label={T.description}
          required={false}
          errors={errors}
          value={form.description}
          onChange={form.setDescription}
          maxLength={DESCRIPTION_MAX}
          rows={3}
        />
        <IdentityFields formId={formId} errors={errors} form={form} />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            {T.record}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
