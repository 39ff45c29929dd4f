import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { CONSENT_CHANNEL_TEXTS, CONSENT_PURPOSE_TEXTS, CONSENT_TEXTS as T, errorText, formatText } from '@regiekamer/texts';
import { useState } from 'react';
import { Notice } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { graphql } from '../../gql';
import type { ConsentPurpose } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';

export const CONSENT_RECORD_FIELDS = graphql(`
  fragment ConsentRecordFields on ConsentRecord {
    id
    purpose
    givenAt
    givenChannel
    givenByName
    withdrawnAt
    withdrawnChannel
    withdrawnByName
    inForce
  }
`);

const MINE = graphql(`
  query MyConsents {
    myConsents {
      ...ConsentRecordFields
    }
  }
`);

export const CONSENT_GIVE = graphql(`
  mutation ConsentGive($input: ConsentGiveInput!) {
    consentGive(input: $input) {
      consent {
        ...ConsentRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CONSENT_WITHDRAW = graphql(`
  mutation ConsentWithdraw($input: ConsentWithdrawInput!) {
    consentWithdraw(input: $input) {
      consent {
        ...ConsentRecordFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PURPOSES = Object.keys(CONSENT_PURPOSE_TEXTS) as ConsentPurpose[];

/** One line of history: given (when, how, by whom) and, when it was, withdrawn. */
export function consentLine(c: {
  givenAt: string;
  givenChannel: keyof typeof CONSENT_CHANNEL_TEXTS;
  givenByName?: string | null;
  withdrawnAt?: string | null;
  withdrawnChannel?: keyof typeof CONSENT_CHANNEL_TEXTS | null;
  withdrawnByName?: string | null;
}): string {
  const part = (at: string, channel: keyof typeof CONSENT_CHANNEL_TEXTS, by: string | null | undefined, text: string) =>
    [formatText(text, { date: formatDate(at.slice(0, 10)) }), formatText(T.via, { channel: CONSENT_CHANNEL_TEXTS[channel] }), by ? formatText(T.by, { name: by }) : '']
      .filter((x) => x !== '')
      .join(' ');
  const given = part(c.givenAt, c.givenChannel, c.givenByName, T.givenOn);
  return c.withdrawnAt && c.withdrawnChannel ? `${given}. ${part(c.withdrawnAt, c.withdrawnChannel, c.withdrawnByName, T.withdrawnOn)}.` : `${given}.`;
}

/** Mijn toestemmingen: a resident or council member sees, gives and withdraws their own consent per purpose. */
export function MyConsentsPage() {
  const query = useQuery(MINE);
  const [giveConsent, giving] = useMutation(CONSENT_GIVE, { refetchQueries: ['MyConsents'], awaitRefetchQueries: true });
  const [withdrawConsent, withdrawing] = useMutation(CONSENT_WITHDRAW, { refetchQueries: ['MyConsents'], awaitRefetchQueries: true });
  const [notice, setNotice] = useState<{ type: 'ok' | 'warning'; text: string } | null>(null);
  const busy = giving.loading || withdrawing.loading;

  async function give(purpose: ConsentPurpose) {
    const result = await giveConsent({ variables: { input: { purpose } } });
    const problem = result.data?.consentGive.userErrors[0];
    setNotice(problem ? { type: 'warning', text: errorText(problem) } : { type: 'ok', text: T.giveDone });
  }

  async function withdraw(id: string) {
    const result = await withdrawConsent({ variables: { input: { id } } });
    const problem = result.data?.consentWithdraw.userErrors[0];
    setNotice(problem ? { type: 'warning', text: errorText(problem) } : { type: 'ok', text: T.withdrawDone });
  }

  return (
    <>
      <PageHeading title={T.mineTitle} />
      <PageHelp>
        <Paragraph>{T.mineIntro}</Paragraph>
      </PageHelp>
      {notice ? <Notice type={notice.type}>{notice.text}</Notice> : null}
      <QueryState query={query} what={T.mineTitle}>
        {(data) => (
          <>
            {data.myConsents.length === 0 ? <Paragraph>{T.mineEmpty}</Paragraph> : null}
            {PURPOSES.map((purpose) => {
              const records = data.myConsents.filter((c) => c.purpose === purpose);
              const current = records.find((c) => c.inForce);
              const headingId = `toestemming-${purpose.toLowerCase()}`;
              return (
                <section key={purpose} className="section" aria-labelledby={headingId}>
                  <Heading2 id={headingId}>{CONSENT_PURPOSE_TEXTS[purpose]}</Heading2>
                  <Paragraph>
                    {T.status}: {current ? T.inForce : records.length > 0 ? T.withdrawn : T.neverGiven}
                  </Paragraph>
                  {records.length > 0 ? (
                    <UnorderedList>
                      {records.map((c) => (
                        <UnorderedListItem key={c.id}>{consentLine(c)}</UnorderedListItem>
                      ))}
                    </UnorderedList>
                  ) : null}
                  {current ? (
                    <Button appearance="secondary-action-button" disabled={busy} onClick={() => void withdraw(current.id)}>
                      {T.withdraw}
                      <span className="visually-hidden">: {CONSENT_PURPOSE_TEXTS[purpose]}</span>
                    </Button>
                  ) : (
                    <Button appearance="primary-action-button" disabled={busy} onClick={() => void give(purpose)}>
                      {T.give}
                      <span className="visually-hidden">: {CONSENT_PURPOSE_TEXTS[purpose]}</span>
                    </Button>
                  )}
                </section>
              );
            })}
          </>
        )}
      </QueryState>
      <Paragraph>
        <Link to="/privacyverklaring">{T.privacyLink}</Link>
      </Paragraph>
    </>
  );
}
