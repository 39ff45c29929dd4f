import { useMutation } from '@apollo/client/react';
import { formatText, PRIVACY_DECISION_TEXTS as D, PRIVACY_GROUND_TEXTS as G, PRIVACY_REQUEST_TEXTS as T } from '@regiekamer/texts';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, options, SelectField, TextAreaField, TextField, type FieldError } from '../../components/Form';
import type { PrivacyDecision, PrivacyLegalGround, PrivacyRequestFieldsFragment } from '../../gql/graphql';
import { isStale, toFieldErrors, TECHNICAL_ERROR } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { PRIVACY_REQUEST_COMPILE, PRIVACY_REQUEST_DECIDE, PRIVACY_REQUEST_EXTEND, PRIVACY_REQUEST_LINK_CLIENT } from './privacy-requests.documents';

type Request = PrivacyRequestFieldsFragment;
interface UserErrorLike {
  code: string;
  field?: string | null;
  message: string;
}
/** The API's bounds. */
const TEXT_MAX = 2000;
const KEY_MAX = 100;

/** A form's shared handling: run, map the refusal to its fields, reload on a stale version, say it worked. */
function useStep(fields: readonly string[], onDone: () => void) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  async function run(call: () => Promise<readonly UserErrorLike[] | undefined>, done: string): Promise<boolean> {
    setNotice(null);
    try {
      const userErrors = (await call()) ?? [];
      if (isStale(userErrors)) {
        setErrors([{ field: null, message: T.stale }]);
        onDone();
        return false;
      }
      setErrors(toFieldErrors(userErrors, fields));
      if (userErrors.length > 0) return false;
      setNotice(done);
      onDone();
      return true;
    } catch {
      setErrors([TECHNICAL_ERROR]);
      return false;
    }
  }
  return { errors, setErrors, notice, run };
}

/** The representative links the client key, or says the provider holds nothing about the resident. */
export function LinkForm({ request, onDone }: { request: Request; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [choice, setChoice] = useState<'HAS' | 'NONE' | ''>('HAS');
  const [clientKey, setClientKey] = useState('');
  const step = useStep(['clientKey', 'noDataHeld'], onDone);
  const [link, { loading }] = useMutation(PRIVACY_REQUEST_LINK_CLIENT);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const noDataHeld = choice === 'NONE';
    await step.run(
      async () =>
        (await link({ variables: { id: request.id, input: { clientKey: noDataHeld ? null : clientKey, noDataHeld, version: request.version } } }))
          .data?.privacyRequestLinkClient.userErrors,
      T.linked,
    );
  }
  return (
    <section aria-labelledby={`${formId}-kop`}>
      <Heading2 id={`${formId}-kop`}>{T.linkHeading}</Heading2>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-kop`}>
        {step.notice && <Notice>{step.notice}</Notice>}
        <ErrorSummary formId={formId} errors={step.errors} />
        <SelectField
          formId={formId}
          name="noDataHeld"
          label={T.linkChoice}
          errors={step.errors}
          value={choice}
          onChange={setChoice}
          options={[
            { value: 'HAS', label: T.linkHas },
            { value: 'NONE', label: T.linkNone },
          ]}
        />
        {choice === 'HAS' && (
          <TextField
            formId={formId}
            name="clientKey"
            label={T.clientKey}
            errors={step.errors}
            value={clientKey}
            onChange={setClientKey}
            maxLength={KEY_MAX}
          />
        )}
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            {T.link}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** The regisseur extends the due date once by two months, with the reason told to the resident. */
export function ExtendForm({ request, onDone }: { request: Request; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [reason, setReason] = useState('');
  const step = useStep(['reason'], onDone);
  const [extend, { loading }] = useMutation(PRIVACY_REQUEST_EXTEND);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await step.run(
      async () =>
        (await extend({ variables: { id: request.id, input: { reason, version: request.version } } })).data?.privacyRequestExtend.userErrors,
      T.extendedDone,
    );
  }
  return (
    <details className="row-details">
      <summary>{T.extendHeading}</summary>
      <Paragraph>{T.extendIntro}</Paragraph>
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.extendHeading}>
        {step.notice && <Notice>{step.notice}</Notice>}
        <ErrorSummary formId={formId} errors={step.errors} />
        <TextAreaField
          formId={formId}
          name="reason"
          label={T.extendReason}
          errors={step.errors}
          value={reason}
          onChange={setReason}
          maxLength={TEXT_MAX}
          rows={3}
        />
        <ButtonGroup>
          <Button appearance="secondary-action-button" type="submit" busy={loading}>
            {T.extend}
          </Button>
        </ButtonGroup>
      </form>
    </details>
  );
}

/** The inzage document: compiled once the client is linked, then opened or downloaded (each download is logged). */
export function CompileSection({ request, onDone }: { request: Request; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const step = useStep([], onDone);
  const [compile, { loading }] = useMutation(PRIVACY_REQUEST_COMPILE);
  const canCompile = request.status === 'IN_PROGRESS';
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await step.run(
      async () => (await compile({ variables: { id: request.id, version: request.version } })).data?.privacyRequestCompile.userErrors,
      formatText(T.compiled, { at: formatDateTime(new Date().toISOString()) }),
    );
  }
  return (
    <section aria-labelledby={`${formId}-kop`}>
      <Heading2 id={`${formId}-kop`}>{T.compileHeading}</Heading2>
      <Paragraph>{T.compileIntro}</Paragraph>
      {step.notice && <Notice>{step.notice}</Notice>}
      <ErrorSummary formId={formId} errors={step.errors} />
      {request.compiledAt && request.inzagePath && (
        <>
          <Paragraph>{formatText(T.compiled, { at: formatDateTime(request.compiledAt) })}</Paragraph>
          <Paragraph>
            <a className="utrecht-link" href={request.inzagePath}>
              {T.openDocument}
            </a>
          </Paragraph>
          {/* A plain GET of the same address: the answer comes as a file (each download is logged). */}
          <form method="get" action={request.inzagePath} aria-label={T.downloadDocument}>
            <input type="hidden" name="download" value="1" />
            <ButtonGroup>
              <Button appearance="secondary-action-button" type="submit">
                {T.downloadDocument}
              </Button>
            </ButtonGroup>
          </form>
        </>
      )}
      {canCompile && (
        <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={T.compile}>
          <ButtonGroup>
            <Button appearance="secondary-action-button" type="submit" busy={loading}>
              {T.compile}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

/** The regisseur's answer: granted, partly, or refused with its legal ground, and the motivation for the resident. */
export function DecideForm({ request, onDone }: { request: Request; onDone: () => void }) {
  const formId = useId().replace(/:/g, '');
  const [decision, setDecision] = useState<PrivacyDecision | ''>('');
  const [legalGround, setLegalGround] = useState<PrivacyLegalGround | ''>('');
  const [note, setNote] = useState('');
  const step = useStep(['decision', 'legalGround', 'note'], onDone);
  const [decide, { loading }] = useMutation(PRIVACY_REQUEST_DECIDE);
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!decision) {
      step.setErrors([{ field: 'decision', message: T.required }]);
      return;
    }
    await step.run(
      async () =>
        (await decide({ variables: { id: request.id, input: { decision, legalGround: legalGround || null, note, version: request.version } } })).data
          ?.privacyRequestDecide.userErrors,
      T.decided,
    );
  }
  return (
    <section aria-labelledby={`${formId}-kop`}>
      <Heading2 id={`${formId}-kop`}>{T.decideHeading}</Heading2>
      {request.kind === 'ERASURE' && <Notice type="warning">{T.erasureWarning}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-kop`}>
        {step.notice && <Notice>{step.notice}</Notice>}
        <ErrorSummary formId={formId} errors={step.errors} />
        <SelectField
          formId={formId}
          name="decision"
          label={T.decision}
          errors={step.errors}
          value={decision}
          onChange={setDecision}
          emptyLabel=""
          options={options(D)}
        />
        <SelectField
          formId={formId}
          name="legalGround"
          label={T.legalGround}
          required={false}
          errors={step.errors}
          value={legalGround}
          onChange={setLegalGround}
          emptyLabel={T.legalGroundNone}
          options={options(G)}
        />
        <TextAreaField
          formId={formId}
          name="note"
          label={T.note}
          required={false}
          errors={step.errors}
          value={note}
          onChange={setNote}
          maxLength={TEXT_MAX}
          rows={3}
        />
        <ButtonGroup>
          <Button appearance="primary-action-button" type="submit" busy={loading}>
            {T.decide}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
