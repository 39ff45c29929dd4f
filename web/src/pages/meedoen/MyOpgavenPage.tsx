import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, MY_OPGAVEN_PAGE_TEXTS as T, PARTICIPANT_TEXTS } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { OPGAVE_STATUS_LABELS, label, rungName } from '../../lib/labels';
import { MY_OPGAVEN } from './participant.documents';
import './meedoen.css';

/** `/mijn-opgaven`: a resident's or council member's opgaven, their own team's first. Phone first: one card each. */
export function MyOpgavenPage() {
  const query = useQuery(MY_OPGAVEN);
  return (
    <>
      <PageHeading title={PARTICIPANT_TEXTS.myOpgavenTitle} />
      <PageHelp>
        <Paragraph>{PARTICIPANT_TEXTS.myOpgavenIntro}</Paragraph>
      </PageHelp>
      <QueryState query={query} what={T.what}>
        {(data) => {
          const own = new Set(data.myMemberships.flatMap((m) => (m.opgaveteam ? [m.opgaveteam.opgave.id] : [])));
          const opgaven = data.opgaven.edges.map((e) => e.node).sort((a, b) => Number(own.has(b.id)) - Number(own.has(a.id)));
          if (opgaven.length === 0) return <Paragraph>{PARTICIPANT_TEXTS.myOpgavenNone}</Paragraph>;
          return (
            <ul className="participant-cards" aria-label={PARTICIPANT_TEXTS.myOpgavenTitle}>
              {opgaven.map((o) => (
                <li key={o.id} className="participant-card">
                  <Heading2>{o.title}</Heading2>
                  {own.has(o.id) && <Paragraph className="participant-card__own">{PARTICIPANT_TEXTS.myOpgavenOwn}</Paragraph>}
                  <Paragraph>
                    {o.area} · {label(OPGAVE_STATUS_LABELS, o.status)}
                  </Paragraph>
                  <Paragraph>
                    {formatText(T.rung, { rung: String(o.ownershipRung), name: rungName(o.ownershipRung) })}
                  </Paragraph>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </>
  );
}
