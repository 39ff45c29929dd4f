import { useMutation } from '@apollo/client/react';
import { TEXT_MAX, formatText, MINUTES_FORM_TEXTS as T } from '@regiekamer/texts';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type SubmitEvent } from 'react';
import { ErrorSummary, Notice, TextAreaField, type FieldError } from '../../components/Form';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { isStale, TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { formatDate, formatNumber, todayInAmsterdam } from '../../lib/format';
import { OVERLEG_MINUTES } from './overleg.documents';

const MAX = 50000;

/** The meeting as the form needs it: a participant's page reads no more than this. */
type MinutesOf = Pick<OverlegFieldsFragment, 'id' | 'version' | 'heldOn' | 'minutes'>;

/** The regisseur or the minute-taker writes the minutes, on or after the day of the meeting; then the agenda closes. */
export function MinutesForm({ o, refetch }: { o: MinutesOf; refetch: () => Promise<unknown> }) {
  const formId = useId().replace(/:/g, '');
  const [text, setText] = useState(o.minutes ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [stale, setStale] = useState(false);
  const [done, setDone] = useState(false);
  const [record, { loading }] = useMutation(OVERLEG_MINUTES);
  const title = <Heading2 id={`${formId}-title`}>{T.title}</Heading2>;
  if (o.heldOn > todayInAmsterdam())
    return (
      <section className="section" aria-labelledby={`${formId}-title`}>
        {title}
        <Paragraph>{formatText(T.notYet, { date: formatDate(o.heldOn) })}</Paragraph>
      </section>
    );
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found: FieldError[] = [];
    if (!text.trim()) found.push({ field: 'minutes', message: T.missing });
    if (text.trim().length > MAX) found.push({ field: 'minutes', message: formatText(T.tooLong, { max: formatNumber(MAX) }) });
    setErrors(found);
    if (found.length > 0 || loading) return;
    try {
      const { data } = await record({ variables: { id: o.id, version: o.version, input: { minutes: text.trim() } } });
      const userErrors = data?.overlegMinutesRecord.userErrors ?? [];
      setStale(isStale(userErrors));
      if (isStale(userErrors)) {
        await refetch().catch(() => {});
        return;
      }
      setErrors(toFieldErrors(userErrors, ['minutes']));
      setDone(userErrors.length === 0);
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      {title}
      {o.minutes && <Paragraph>{T.replaces}</Paragraph>}
      {stale && (
        <Alert type="warning" role="alert">
          <Paragraph>{T.stale}</Paragraph>
        </Alert>
      )}
      {done && <Notice>{T.saved}</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextAreaField formId={formId} name="minutes" maxLength={TEXT_MAX.minutes} label={T.field} value={text} onChange={setText} errors={errors} />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {stale ? T.saveAgain : T.save}
        </Button>
      </form>
    </section>
  );
}
