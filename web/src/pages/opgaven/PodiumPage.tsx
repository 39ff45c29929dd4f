import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { formatText, PODIUM_PAGE_TEXTS as T } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import { todayInAmsterdam } from '../../lib/format';
import { navigate, useLocation } from '../../lib/router';
import { OpgavenNav } from './OpgavenNav';
import { PODIUM } from './podium.documents';
import { PodiumDecisions } from './PodiumDecisions';
import { PodiumCards } from './PodiumCards';
import { PodiumTable } from './PodiumTable';
import { YearChooser } from './YearChooser';
import './opgaven.css';

/** Results on the stage: per year, what every opgave did, and the votes that chose opgaven. */
export function PodiumPage() {
  const { search } = useLocation();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const asked = Number(search.get('jaar'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
  const query = useQuery(PODIUM, { variables: { year } });
  return (
    <>
      <PageHeading title={formatText(T.title, { year: String(year) })} />
      <PageHelp>
        <Paragraph>{T.helpWhat}</Paragraph>
        <Paragraph>{T.helpFigures}</Paragraph>
        <Paragraph>{T.helpVotes}</Paragraph>
      </PageHelp>
      <OpgavenNav current="/podium" />
      <YearChooser year={year} thisYear={thisYear} onChange={(y) => navigate(`/podium?jaar=${y}`, { replace: true })} />
      <QueryState query={query} what={T.what}>
        {(data) => (
          <>
            <PodiumTable year={year} entries={data.podium} />
            <PodiumCards year={year} entries={data.podium} />
            <PodiumDecisions year={year} entries={data.podium} />
          </>
        )}
      </QueryState>
    </>
  );
}
