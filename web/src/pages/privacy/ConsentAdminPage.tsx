import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { CONSENT_PURPOSE_TEXTS, CONSENT_SUBJECT_TEXTS, CONSENT_TEXTS as T, errorText } from '@regiekamer/texts';
import { useState, type SyntheticEvent } from 'react';
import { Notice, SelectField } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { graphql } from '../../gql';
import type { ConsentChannel, ConsentPurpose, ConsentSubjectKind } from '../../gql/graphql';
import { CONSENT_GIVE, CONSENT_WITHDRAW, consentLine } from './MyConsentsPage';

const SUBJECTS = graphql(`
  query ConsentSubjects {
    consentSubjects {
      kind
      id
      name
      context
      purposes
      consents {
        ...ConsentRecordFields
      }
    }
  }
`);

/** What the regisseur records: consent on paper or orally, and withdrawals likewise (by phone). */
const CHANNELS: { value: ConsentChannel; label: string }[] = [
  { value: 'PAPER', label: T.channelPaper },
  { value: 'ORAL', label: T.channelOral },
];

interface SubjectRow {
  kind: ConsentSubjectKind;
  id: string;
  name: string;
  context?: string | null;
  purposes: ConsentPurpose[];
  consents: (Parameters<typeof consentLine>[0] & { id: string; purpose: ConsentPurpose; inForce: boolean })[];
}

function SubjectCard({ subject, onNotice }: { subject: SubjectRow; onNotice: (n: { type: 'ok' | 'warning'; text: string }) => void }) {
  const formId = `toestemming-${subject.kind.toLowerCase()}-${subject.id}`;
  const [purpose, setPurpose] = useState<ConsentPurpose | ''>('');
  const [channel, setChannel] = useState<ConsentChannel | ''>('PAPER');
  const refetch = { refetchQueries: ['ConsentSubjects'], awaitRefetchQueries: true };
  const [giveConsent, giving] = useMutation(CONSENT_GIVE, refetch);
  const [withdrawConsent, withdrawing] = useMutation(CONSENT_WITHDRAW, refetch);
  const inForce = subject.consents.filter((c) => c.inForce);
  const open = subject.purposes.filter((p) => !inForce.some((c) => c.purpose === p));

  async function record(event: SyntheticEvent) {
    event.preventDefault();
    if (purpose === '') return;
    const result = await giveConsent({ variables: { input: { subject: { kind: subject.kind, id: subject.id }, purpose, channel: channel || null } } });
    const problem = result.data?.consentGive.userErrors[0];
    if (!problem) setPurpose('');
    onNotice(problem ? { type: 'warning', text: errorText(problem) } : { type: 'ok', text: T.recorded });
  }

  async function withdraw(id: string) {
    const result = await withdrawConsent({ variables: { input: { id, channel: channel || null } } });
    const problem = result.data?.consentWithdraw.userErrors[0];
    onNotice(problem ? { type: 'warning', text: errorText(problem) } : { type: 'ok', text: T.withdrawnRecorded });
  }

  return (
    <section className="section card" aria-labelledby={`${formId}-naam`}>
      <Heading2 id={`${formId}-naam`}>{subject.name}</Heading2>
      <Paragraph>
        {CONSENT_SUBJECT_TEXTS[subject.kind]}
        {subject.context ? ` – ${subject.context}` : ''}
      </Paragraph>
      {subject.consents.length > 0 ? (
        <UnorderedList>
          {subject.consents.map((c) => (
            <UnorderedListItem key={c.id}>
              {CONSENT_PURPOSE_TEXTS[c.purpose]}: {consentLine(c)}{' '}
              {c.inForce ? (
                <Button appearance="subtle-button" disabled={withdrawing.loading} onClick={() => void withdraw(c.id)}>
                  {T.withdraw}
                  <span className="visually-hidden">
                    : {CONSENT_PURPOSE_TEXTS[c.purpose]}, {subject.name}
                  </span>
                </Button>
              ) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <form id={formId} className="form" onSubmit={(e) => void record(e)}>
        <SelectField
          formId={formId}
          name="channel"
          label={T.channel}
          errors={[]}
          value={channel}
          onChange={setChannel}
          options={CHANNELS}
        />
        {open.length > 0 ? (
          <>
            <SelectField
              formId={formId}
              name="purpose"
              label={T.purpose}
              errors={[]}
              value={purpose}
              onChange={setPurpose}
              emptyLabel={T.choosePurpose}
              options={open.map((p) => ({ value: p, label: CONSENT_PURPOSE_TEXTS[p] }))}
            />
            <ButtonGroup>
              <Button appearance="primary-action-button" type="submit" disabled={giving.loading || purpose === ''}>
                {T.record}
                <span className="visually-hidden">: {subject.name}</span>
              </Button>
            </ButtonGroup>
          </>
        ) : null}
      </form>
    </section>
  );
}

/** Toestemmingen: the regisseur records consent given on paper or orally, and withdrawals by phone, for anyone in the municipality. */
export function ConsentAdminPage() {
  const query = useQuery(SUBJECTS);
  const [notice, setNotice] = useState<{ type: 'ok' | 'warning'; text: string } | null>(null);
  return (
    <>
      <PageHeading title={T.adminTitle} />
      <PageHelp>
        <Paragraph>{T.adminIntro}</Paragraph>
      </PageHelp>
      {notice ? <Notice type={notice.type}>{notice.text}</Notice> : null}
      <QueryState query={query} what={T.adminTitle}>
        {(data) =>
          data.consentSubjects.length === 0 ? (
            <Paragraph>{T.adminEmpty}</Paragraph>
          ) : (
            <>
              {data.consentSubjects.map((s) => (
                <SubjectCard key={`${s.kind}-${s.id}`} subject={s} onNotice={setNotice} />
              ))}
            </>
          )
        }
      </QueryState>
    </>
  );
}
