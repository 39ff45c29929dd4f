import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatText, SURVEY_CODE_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import { ErrorSummary, Notice, type FieldError } from '../../components/Form';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { graphql } from '../../gql';
import type { SurveyCodeIssueMutation } from '../../gql/graphql';
import { TECHNICAL_ERROR, toFieldErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import './survey-code.css';

const SURVEY_CODES = graphql(`
  query SurveyCodes($id: ID!) {
    surveyCodes(arrangementId: $id) {
      issuedOn
      expiresOn
      used
      expired
    }
  }
`);

const SURVEY_CODE_ISSUE = graphql(`
  mutation SurveyCodeIssue($id: ID!) {
    surveyCodeIssue(arrangementId: $id) {
      issued {
        code
        path
        url
        issuedOn
        expiresOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Issued = NonNullable<SurveyCodeIssueMutation['surveyCodeIssue']['issued']>;

/** The address the resident types: the API's full address when it knows one, else this site's. */
const addressOf = (issued: Issued): string => issued.url ?? `${window.location.origin}${issued.path}`;

/**
 * "Vragenlijst klantervaring": the provider's representative issues a one-time survey code for the arrangement, sees
 * it once, prints a letter for the resident or copies a text to mail, and sees which codes were issued and used.
 */
export function SurveyCodeSection({ arrangementId }: { arrangementId: string }) {
  const codes = useQuery(SURVEY_CODES, { variables: { id: arrangementId }, fetchPolicy: 'cache-and-network' });
  const [issue, { loading }] = useMutation(SURVEY_CODE_ISSUE);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [copied, setCopied] = useState(false);

  async function make() {
    setErrors([]);
    try {
      const res = await issue({ variables: { id: arrangementId } });
      const payload = res.data?.surveyCodeIssue;
      if (payload?.issued) {
        setIssued(payload.issued);
        await codes.refetch();
      } else setErrors(toFieldErrors(payload?.userErrors ?? [], []));
    } catch {
      setErrors([TECHNICAL_ERROR]);
    }
  }
  function print() {
    document.body.classList.add('print-survey-letter');
    window.addEventListener('afterprint', () => document.body.classList.remove('print-survey-letter'), { once: true });
    window.print();
  }
  async function copy(current: Issued) {
    const text = formatText(T.mailText, { url: addressOf(current), code: current.code, date: formatDate(current.expiresOn) });
    await navigator.clipboard.writeText(text);
    setCopied(true);
  }

  return (
    <section aria-labelledby="vragenlijst" className="section">
      <Heading2 id="vragenlijst">{T.heading}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      <ErrorSummary formId="vragenlijst" errors={errors} />
      {issued ? (
        <>
          <Notice>{T.issuedNotice}</Notice>
          <Letter issued={issued} />
          <ButtonGroup>
            <Button appearance="primary-action-button" type="button" onClick={print}>
              {T.printLetter}
            </Button>
            <Button appearance="secondary-action-button" type="button" onClick={() => void copy(issued)}>
              {T.copy}
            </Button>
          </ButtonGroup>
          {copied && <Notice>{T.copied}</Notice>}
        </>
      ) : (
        <Button appearance="primary-action-button" type="button" busy={loading} onClick={() => void make()}>
          {T.issue}
        </Button>
      )}
      {/* The table's caption names it; a heading with the same words above it said it twice. */}
      <ResponsiveTable
        label={T.listHeading}
        caption={T.listHeading}
        stack={false}
        empty={T.none}
        columns={[
          { key: 'issuedOn', header: T.issuedOn, rowHeader: true, nowrap: true },
          { key: 'expiresOn', header: T.expiresOn, nowrap: true },
          { key: 'used', header: T.usedColumn },
        ]}
        rows={(codes.data?.surveyCodes ?? []).map((c, i) => ({
          key: `${c.issuedOn}-${String(i)}`,
          cells: { issuedOn: formatDate(c.issuedOn), expiresOn: formatDate(c.expiresOn), used: c.used ? T.yes : c.expired ? T.expired : T.no },
        }))}
      />
    </section>
  );
}

/** The letter for the resident, in plain Dutch (B1): what the survey is, where, the code, until when. */
function Letter({ issued }: { issued: Issued }) {
  return (
    <article className="survey-letter" aria-label={T.letterTitle}>
      <Heading3>{T.letterTitle}</Heading3>
      <Paragraph>{T.letterGreeting}</Paragraph>
      <Paragraph>{T.letterBody}</Paragraph>
      <Paragraph>{T.letterHow}</Paragraph>
      <Paragraph className="survey-letter__address">{addressOf(issued)}</Paragraph>
      <Paragraph>{T.letterCode}</Paragraph>
      <Paragraph className="survey-letter__code" data-testid="survey-code">
        {issued.code}
      </Paragraph>
      <Paragraph>{formatText(T.letterUntil, { date: formatDate(issued.expiresOn) })}</Paragraph>
      <Paragraph>{T.letterAnonymous}</Paragraph>
      <Paragraph>{T.letterThanks}</Paragraph>
    </article>
  );
}
