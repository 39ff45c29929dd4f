import { useQuery } from '@apollo/client/react';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { OVERLEG_ROLE_TEXTS, PARTICIPANT_OVERLEG_PAGE_TEXTS as T, PARTICIPANT_TEXTS } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { label, OVERLEG_KIND_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import type { MyOverleggenQuery } from '../../gql/graphql';
import { MY_OVERLEGGEN } from './participant.documents';
import './meedoen.css';

type Meeting = MyOverleggenQuery['overleggen']['edges'][number]['node'];

function MeetingCard({ o }: { o: Meeting }) {
  const time = o.startsAt ? `, ${o.startsAt}${o.endsAt ? `–${o.endsAt}` : ''}` : '';
  return (
    <li className="participant-card">
      <Heading3>{o.title}</Heading3>
      <Paragraph>
        {label(OVERLEG_KIND_LABELS, o.kind)} · {formatDate(o.heldOn)}
        {time}
      </Paragraph>
      {o.location && <Paragraph>{o.location}</Paragraph>}
      {o.status === 'CANCELLED' && <Paragraph>{T.cancelled}</Paragraph>}
      {o.mayRecordMinutes && (
        <Paragraph>
          <strong>{OVERLEG_ROLE_TEXTS.youTakeMinutes}</strong>
        </Paragraph>
      )}
      <Paragraph>
        <Link to={`/overleg/${encodeURIComponent(o.id)}`}>
          {OVERLEG_ROLE_TEXTS.openMeeting}
          <span className="visually-hidden"> {o.title}</span>
        </Link>
      </Paragraph>
    </li>
  );
}

/** `/overleg` for a resident or council member: the meetings that concern them, the next one first. */
export function ParticipantOverlegPage() {
  const query = useQuery(MY_OVERLEGGEN);
  const today = todayInAmsterdam();
  return (
    <>
      <PageHeading title={PARTICIPANT_TEXTS.overlegTitle} />
      <PageHelp>
        <Paragraph>{PARTICIPANT_TEXTS.overlegIntro}</Paragraph>
      </PageHelp>
      <QueryState query={query} what={T.what}>
        {(data) => {
          const all = data.overleggen.edges.map((e) => e.node);
          const coming = all.filter((o) => o.heldOn >= today && o.status !== 'CANCELLED').sort((a, b) => a.heldOn.localeCompare(b.heldOn));
          const next = coming[0];
          // The coming meetings in date order, then the past ones, the most recent first.
          const rest = [...coming.slice(1), ...all.filter((o) => !coming.includes(o)).sort((a, b) => b.heldOn.localeCompare(a.heldOn))];
          if (all.length === 0) return <Paragraph>{PARTICIPANT_TEXTS.overlegNone}</Paragraph>;
          return (
            <>
              {next && (
                <section aria-labelledby="eerstvolgend">
                  <Heading2 id="eerstvolgend">{PARTICIPANT_TEXTS.overlegNext}</Heading2>
                  <ul className="participant-cards" aria-label={PARTICIPANT_TEXTS.overlegNext}>
                    <MeetingCard o={next} />
                  </ul>
                </section>
              )}
              {rest.length > 0 && (
                <section aria-labelledby="alle-overleggen">
                  <Heading2 id="alle-overleggen">{PARTICIPANT_TEXTS.overlegAll}</Heading2>
                  <ul className="participant-cards" aria-label={PARTICIPANT_TEXTS.overlegAll}>
                    {rest.map((o) => (
                      <MeetingCard key={o.id} o={o} />
                    ))}
                  </ul>
                </section>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
