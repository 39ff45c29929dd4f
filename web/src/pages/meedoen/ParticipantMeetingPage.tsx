import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { OVERLEG_ROLE_TEXTS as R, PARTICIPANT_MEETING_PAGE_TEXTS as T, PARTICIPANT_TEXTS } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { label, OVERLEG_KIND_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { MinutesForm } from '../overleg/MinutesForm';
import { MY_OVERLEG } from './participant.documents';
import './meedoen.css';

/**
 * `/overleg/<id>` for a resident or council member: one meeting, who chairs it and takes its minutes, and the minutes.
 * Its minute-taker records them here, on a phone as well: one text field and one button.
 */
export function ParticipantMeetingPage({ id }: { id: string }) {
  const query = useQuery(MY_OVERLEG, { variables: { id } });
  const o = query.data?.node?.__typename === 'Overleg' ? query.data.node : null;
  return (
    <>
      <PageHeading title={o ? o.title : PARTICIPANT_TEXTS.overlegTitle} />
      <Paragraph>
        <Link to="/overleg">{R.back}</Link>
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {() =>
          o ? (
            <>
              <Paragraph>
                {label(OVERLEG_KIND_LABELS, o.kind)} · {formatDate(o.heldOn)}
                {o.startsAt ? `, ${o.startsAt}${o.endsAt ? `–${o.endsAt}` : ''}` : ''}
                {o.location ? ` · ${o.location}` : ''}
              </Paragraph>
              {o.status === 'CANCELLED' && <Paragraph>{R.cancelled}</Paragraph>}
              {o.chairName && (
                <Paragraph>
                  {R.chair}: {o.chairName}
                </Paragraph>
              )}
              {o.minuteTakerName && (
                <Paragraph>
                  {R.minuteTaker}: {o.minuteTakerName}
                </Paragraph>
              )}
              {o.mayRecordMinutes && o.status !== 'CANCELLED' ? (
                <>
                  <Paragraph>
                    <strong>{R.youTakeMinutes}</strong>
                  </Paragraph>
                  <MinutesForm o={o} refetch={() => query.refetch()} />
                </>
              ) : (
                o.minutes && (
                  <section className="section" aria-labelledby="verslag">
                    <Heading2 id="verslag">{R.minutes}</Heading2>
                    <Paragraph className="preserve">{o.minutes}</Paragraph>
                  </section>
                )
              )}
            </>
          ) : (
            <Paragraph>{R.missing}</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}
