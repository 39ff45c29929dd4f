import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { ATELIER_CARD_TEXTS as T, formatText } from '@regiekamer/texts';
import { useState } from 'react';
import { Notice } from '../../components/Form';
import { formatDate } from '../../lib/format';
import { ConcludeForm } from './ConcludeForm';
import { FormDisclosure } from './FormDisclosure';
import { HoursForm } from './HoursForm';
import { HoursMeter } from './HoursMeter';
import { MeetingForm } from './MeetingForm';
import type { OpgaveDetail } from './OpgavePage';

export type AtelierDetail = OpgaveDetail['ateliers'][number];

const meeting = (m: { heldOn: string; participantCount?: number | null }) =>
  `${formatDate(m.heldOn)}${m.participantCount != null ? formatText(T.participants, { count: String(m.participantCount) }) : ''}`;

export function AtelierCard({ a, canEdit }: { a: AtelierDetail; canEdit: boolean }) {
  const [notice, setNotice] = useState<string | null>(null);
  const key = a.id.replace(/[^A-Za-z0-9]/g, '');
  return (
    <article className="atelier" aria-labelledby={`atelier-${key}`}>
      <Heading3 id={`atelier-${key}`}>
        {T.title} {a.title}
      </Heading3>
      {notice && <Notice type="warning">{notice}</Notice>}
      <HoursMeter used={a.facilitatorHours} norm={a.hoursNorm} />
      <Paragraph>
        {T.design} {a.designMeeting ? meeting(a.designMeeting) : T.designNotYet}.
      </Paragraph>
      <Paragraph>
        {T.dialogues} {a.dialogueMeetings.length === 0 ? T.dialoguesNone : a.dialogueMeetings.map(meeting).join('; ')}.
      </Paragraph>
      {a.outcome ? (
        <>
          <Paragraph className="long-text">
            {T.outcome} {a.outcome}
          </Paragraph>
          <Paragraph className="long-text">
            {T.followUp} {a.followUpDecision}
          </Paragraph>
        </>
      ) : (
        <Paragraph>{T.notConcluded}</Paragraph>
      )}
      {canEdit && (
        <>
          {!a.outcome && (
            <FormDisclosure summary={T.addMeeting}>
              <MeetingForm a={a} formKey={key} />
            </FormDisclosure>
          )}
          <FormDisclosure summary={T.addHours}>
            <HoursForm a={a} formKey={key} />
          </FormDisclosure>
          {!a.outcome && (
            <FormDisclosure summary={T.conclude}>
              <ConcludeForm a={a} formKey={key} onRefused={setNotice} />
            </FormDisclosure>
          )}
        </>
      )}
    </article>
  );
}
