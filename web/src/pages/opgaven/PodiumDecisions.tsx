import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatText, PODIUM_DECISIONS_TEXTS as T } from '@regiekamer/texts';
import { DecisionView } from '../../components/DecisionView';
import type { PodiumEntry } from './PodiumTable';

/** The votes of the year that chose opgaven, each once (a vote is about several opgaven). */
export function PodiumDecisions({ year, entries }: { year: number; entries: PodiumEntry[] }) {
  const decisions = [...new Map(entries.flatMap((e) => e.decisions).map((d) => [d.id, d])).values()];
  return (
    <section className="section" aria-labelledby="podium-besluiten">
      <Heading2 id="podium-besluiten">{formatText(T.heading, { year: String(year) })}</Heading2>
      {decisions.length === 0 ? (
        <Paragraph>{T.none}</Paragraph>
      ) : (
        decisions.map((d) => (
          <div key={d.id} className="opg-stack">
            <DecisionView d={d} />
          </div>
        ))
      )}
    </section>
  );
}
