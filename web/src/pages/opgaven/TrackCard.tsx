import { Heading2, Paragraph } from '@utrecht/component-library-react';
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
      <Paragraph>
        Gestart op {formatDate(t.startedOn)}; nu in stap {t.step} van 5.
      </Paragraph>
      <StepList step={t.step} topic={t.topic} />
      {t.wishes.length > 0 && (
        <>
          <Paragraph>Wensen en ideeën:</Paragraph>
          <ul className="long-text">
            {t.wishes.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {t.goal && <Paragraph className="long-text">Doel: {t.goal}</Paragraph>}
      {t.actionPlan && <Paragraph className="long-text">Plan van aanpak: {t.actionPlan}</Paragraph>}
      {t.step === 5 && (
        <>
          <Paragraph>{t.evaluations.length === 0 ? 'Nog geen toetsing van de resultaten.' : 'Toetsingen van de resultaten:'}</Paragraph>
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
