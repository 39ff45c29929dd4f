import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, TRACK_CARD_TEXTS as T } from '@regiekamer/texts';
import type { ImprovementTracksQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { StepList } from './StepList';
import { TrackAdvanceForm } from './TrackAdvanceForm';
import { TrackEvaluateForm } from './TrackEvaluateForm';

export type Track = ImprovementTracksQuery['improvementTracks']['edges'][number]['node'];

/** One track: the five steps and where it stands, what each finished step produced, and the tests of its results. */
export function TrackCard({ t, canEdit }: { t: Track; canEdit: boolean }) {
  const key = t.id.replace(/[^A-Za-z0-9]/g, '');
  return (
    <section className="section track" aria-labelledby={`traject-${key}`}>
      <Heading2 id={`traject-${key}`}>{t.topic}</Heading2>
      <Paragraph>{formatText(T.started, { date: formatDate(t.startedOn), step: String(t.step) })}</Paragraph>
      <StepList step={t.step} topic={t.topic} />
      {t.wishes.length > 0 && (
        <>
          <Paragraph>{T.wishes}</Paragraph>
          <ul className="long-text">
            {t.wishes.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {t.goal && (
        <Paragraph className="long-text">
          {T.goal} {t.goal}
        </Paragraph>
      )}
      {t.actionPlan && (
        <Paragraph className="long-text">
          {T.actionPlan} {t.actionPlan}
        </Paragraph>
      )}
      {t.step === 5 && (
        <>
          <Paragraph>{t.evaluations.length === 0 ? T.noEvaluations : T.evaluations}</Paragraph>
          {t.evaluations.length > 0 && (
            <ul className="long-text">
              {t.evaluations.map((e, i) => (
                <li key={i}>
                  {formatDate(e.evaluatedOn)}: {e.findings}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {canEdit && (t.step < 5 ? <TrackAdvanceForm t={t} formKey={key} /> : <TrackEvaluateForm t={t} formKey={key} />)}
    </section>
  );
}
