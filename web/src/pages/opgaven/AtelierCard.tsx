import { Heading3, Paragraph } from '@utrecht/component-library-react';
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
  `${formatDate(m.heldOn)}${m.participantCount != null ? ` (${m.participantCount} deelnemers)` : ''}`;

export function AtelierCard({ a, canEdit }: { a: AtelierDetail; canEdit: boolean }) {
  const [notice, setNotice] = useState<string | null>(null);
  const key = a.id.replace(/[^A-Za-z0-9]/g, '');
  return (
    <article className="atelier" aria-labelledby={`atelier-${key}`}>
      <Heading3 id={`atelier-${key}`}>Atelier: {a.title}</Heading3>
      {notice && <Notice type="warning">{notice}</Notice>}
      <HoursMeter used={a.facilitatorHours} norm={a.hoursNorm} />
      <Paragraph>Ontwerpbijeenkomst: {a.designMeeting ? meeting(a.designMeeting) : 'nog niet gehouden'}.</Paragraph>
      <Paragraph>Dialoogbijeenkomsten: {a.dialogueMeetings.length === 0 ? 'nog geen' : a.dialogueMeetings.map(meeting).join('; ')}.</Paragraph>
      {a.outcome ? (
        <Paragraph className="long-text">
          Afgerond. Uitkomst: {a.outcome} Besluit over het vervolg: {a.followUpDecision}
        </Paragraph>
      ) : (
        <Paragraph>Nog niet afgerond.</Paragraph>
      )}
      {canEdit && (
        <>
          {!a.outcome && (
            <FormDisclosure summary="Bijeenkomst invoeren">
              <MeetingForm a={a} formKey={key} />
            </FormDisclosure>
          )}
          <FormDisclosure summary="Uren invoeren">
            <HoursForm a={a} formKey={key} />
          </FormDisclosure>
          {!a.outcome && (
            <FormDisclosure summary="Uitkomst invoeren en afronden">
              <ConcludeForm a={a} formKey={key} onRefused={setNotice} />
            </FormDisclosure>
          )}
        </>
      )}
    </article>
  );
}
