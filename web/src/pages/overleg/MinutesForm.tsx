import { useMutation } from '@apollo/client/react';
import { TEXT_MAX } from '@regiekamer/texts';
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
  const title = <Heading2 id={`${formId}-title`}>Verslag</Heading2>;
  if (o.heldOn > todayInAmsterdam())
    return (
      <section className="section" aria-labelledby={`${formId}-title`}>
        {title}
        <Paragraph>U schrijft het verslag op of na de dag van het overleg, {formatDate(o.heldOn)}.</Paragraph>
      </section>
    );
  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found: FieldError[] = [];
    if (!text.trim()) found.push({ field: 'minutes', message: 'Vul het verslag in.' });
    if (text.trim().length > MAX) found.push({ field: 'minutes', message: `Een verslag is hoogstens ${formatNumber(MAX)} tekens lang.` });
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
      {o.minutes && <Paragraph>Er is al een verslag. Wat u hier opslaat, vervangt het.</Paragraph>}
      {stale && (
        <Alert type="warning" role="alert">
          <Paragraph>
            Iemand anders heeft dit overleg intussen gewijzigd. Uw verslag is niet opgeslagen en staat hieronder nog. Kijk of het klopt met de
            nieuwste gegevens en sla het opnieuw op.
          </Paragraph>
        </Alert>
      )}
      {done && <Notice>Het verslag is opgeslagen. De agenda van dit overleg is nu gesloten.</Notice>}
      <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-title`}>
        <ErrorSummary formId={formId} errors={errors} />
        <TextAreaField
          formId={formId}
          name="minutes"
          maxLength={TEXT_MAX.minutes}
          label="Verslag van het overleg"
          value={text}
          onChange={setText}
          errors={errors}
        />
        <Button appearance="primary-action-button" type="submit" busy={loading}>
          {stale ? 'Verslag opnieuw opslaan' : 'Verslag opslaan'}
        </Button>
      </form>
    </section>
  );
}
