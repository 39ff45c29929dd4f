import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
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
      <PageHeading title={`Podium ${year}`} />
      <PageHelp>
        <Paragraph>Het podium laat per jaar zien wat er met de opgaven is gebeurd. Zo kan iedereen de resultaten zien.</Paragraph>
        <Paragraph>
          Per opgave ziet u de status, de trede van eigenaarschap, het aantal ateliers dat in dat jaar bijeenkwam, de acties die in dat jaar klaar
          zijn en de acties die nu nog open staan.
        </Paragraph>
        <Paragraph>Onder de tabel staan de stemmingen van dat jaar waarin opgaven zijn gekozen.</Paragraph>
      </PageHelp>
      <OpgavenNav current="/podium" />
      <YearChooser year={year} thisYear={thisYear} onChange={(y) => navigate(`/podium?jaar=${y}`, { replace: true })} />
      <QueryState query={query} what="Het podium">
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
