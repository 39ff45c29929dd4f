import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import type { Role } from '../gql/graphql';
import { useViewer } from '../lib/session';
import { HOME_EXTRA_SECTIONS } from './home-sections';
import { MoreLinks } from './home/MoreLinks';
import './home/home.css';

/** The first screen after login: what needs attention today, this year's figures, and links to the rest. */
export function HomePage() {
  const viewer = useViewer();
  const title =
    viewer.role === 'PROVIDER_REP'
      ? `Startpagina ${viewer.provider?.name ?? ''}`.trim()
      : viewer.role === 'ANALYST'
        ? 'Startpagina analist'
        : 'Hoe gaat het met de algemene voorziening?';
  return (
    <>
      <PageHeading title={title} />
      <HomeHelp role={viewer.role} />
      {HOME_EXTRA_SECTIONS.filter((s) => s.roles.includes(viewer.role)).map((s) => (
        <s.Component key={s.key} />
      ))}
      {viewer.role === 'ANALYST' && <AnalystTools />}
      <MoreLinks role={viewer.role} />
    </>
  );
}

function HomeHelp({ role }: { role: Role }) {
  return (
    <PageHelp>
      {role === 'PROVIDER_REP' ? (
        <Paragraph>
          Dit is de startpagina van uw organisatie. Onder “Aandacht nodig” staat wat u nu moet doen: een handtekening, een actie of rapportages die
          nog ontbreken. Daaronder ziet u hoeveel arrangementen u heeft, per status.
        </Paragraph>
      ) : (
        <Paragraph>
          {role !== 'ANALYST' && 'Onder “Aandacht nodig” staat wat vandaag te laat is of uit de pas loopt: het dringendste eerst. '}
          De cijfers gaan over dit jaar tot vandaag. Actieve arrangementen lopen nu of liepen dit jaar. Kosten tegen budget is het deel van het budget
          dat al is uitgegeven. De wachttijd is het aantal dagen tussen aanvraag en start. De lijn van vorig jaar is gestippeld.
        </Paragraph>
      )}
    </PageHelp>
  );
}

function AnalystTools() {
  return (
    <section className="section" aria-labelledby="analyse">
      <Heading2 id="analyse">Zelf analyseren</Heading2>
      <Paragraph>
        Bevraag alles wat niet persoonlijk is in de{' '}
        <a className="utrecht-link" href="/graphiql">
          GraphiQL-verkenner
        </a>
        . De cijfers zijn beschermd tegen herleiding tot personen: aantallen zijn licht verstoord (dezelfde vraag geeft steeds hetzelfde antwoord), en
        van kleine groepen tonen we geen gemiddelden.
      </Paragraph>
    </section>
  );
}
