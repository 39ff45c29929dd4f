import { skipToken, useQuery } from '@apollo/client/react';
import { OVERVIEW_DETAILS_TEXTS as T } from '@regiekamer/texts';
import { Heading2 } from '@utrecht/component-library-react';
import { QueryState } from '../../components/States';
import { OVERVIEW } from '../overview-documents';
import { CategoryTable } from './CategoryTable';
import { GoalAttainmentFigures } from './GoalAttainmentFigures';
import { OVERVIEW_DETAILS } from './overview-details.documents';
import { QuarterChart } from './QuarterChart';
import { QuarterTable } from './QuarterTable';

/** The figures beyond the key ones: goal attainment, network plans, per product category and per quarter. */
export function OverviewDetails({ from, to, providerId }: { from: string; to: string; providerId: string | null }) {
  // The API runs one expensive operation per person at a time (HEAVY_CONCURRENCY_PER_USER): ask after the key figures
  // have come (the same query as OverviewFigures', answered from Apollo's cache or shared while in flight).
  const main = useQuery(OVERVIEW, { variables: { period: { from, to }, providerId, interval: 'MONTH' } });
  const query = useQuery(OVERVIEW_DETAILS, main.loading ? skipToken : { variables: { period: { from, to }, providerId } });
  return (
    <QueryState query={query} what={T.what}>
      {({ overview: o }) => (
        <>
          <section aria-labelledby="doelbereik" className="section">
            <Heading2 id="doelbereik">{T.goalsHeading}</Heading2>
            <GoalAttainmentFigures o={o} />
          </section>
          <section aria-labelledby="per-categorie" className="section">
            <Heading2 id="per-categorie">{T.categoryHeading}</Heading2>
            <CategoryTable rows={o.byProductCategory} />
          </section>
          <section aria-labelledby="per-kwartaal" className="section">
            <Heading2 id="per-kwartaal">{T.quarterHeading}</Heading2>
            <QuarterChart quarters={o.quarters} />
            <QuarterTable quarters={o.quarters} />
          </section>
        </>
      )}
    </QueryState>
  );
}
