import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { AutomatedChecks } from './AutomatedChecks';
import { KnownIssues } from './KnownIssues';
import { ManualCheck } from './ManualCheck';
import { STATEMENT_DATE } from './statement';

/**
 * The accessibility statement (toegankelijkheidsverklaring), after the Dutch government's model
 * (toegankelijkheidsverklaring.nl): what it covers, its status against WCAG 2.1 AA, how that was checked, what is known
 * not to work, and where to report a problem. Public: reachable from the footer without signing in.
 */
export function AccessibilityPage() {
  return (
    <>
      <PageHeading title="Toegankelijkheidsverklaring" />
      <PageHelp>
        <Paragraph>
          Op deze pagina leest u hoe goed Regiekamer werkt voor mensen met een beperking. U leest wat we hebben getest, wat nog niet goed werkt en
          waar u een probleem kunt melden.
        </Paragraph>
      </PageHelp>
      <Paragraph>
        De gemeente wil dat iedereen Regiekamer kan gebruiken: ook wie slecht ziet, geen muis gebruikt of een schermlezer gebruikt. Daarom houden we
        ons aan de Europese norm EN 301 549 en de richtlijnen WCAG 2.1 op niveau AA.
      </Paragraph>
      <section className="section" aria-labelledby="status">
        <Heading2 id="status">Status: eerste maatregelen genomen (C)</Heading2>
        <Paragraph>
          Deze verklaring gaat over de webapplicatie Regiekamer: de pagina’s voor de regisseur, de aanbieders en de analisten, en de inlogpagina. De
          zoekomgeving voor analisten (GraphiQL) valt er niet onder. Regiekamer voldoet nog niet aantoonbaar aan WCAG 2.1 AA. Er is nog geen volledig
          onderzoek gedaan door een onafhankelijke deskundige volgens de methode WCAG-EM. Wel controleren we elke versie automatisch en hebben we de
          belangrijkste taken met het toetsenbord nagelopen. Wat we vonden, staat hieronder.
        </Paragraph>
        <Paragraph>Deze verklaring is opgesteld op {STATEMENT_DATE}.</Paragraph>
      </section>
      <AutomatedChecks />
      <ManualCheck />
      <KnownIssues />
      <section className="section" aria-labelledby="contact">
        <Heading2 id="contact">Een probleem melden</Heading2>
        <Paragraph>
          Werkt iets niet goed, of kunt u iets niet lezen of bedienen? Meld het bij de beheerder van Regiekamer in uw gemeente. Zeg op welke pagina
          het was en wat u probeerde te doen. U krijgt binnen vijf werkdagen antwoord. Bent u niet tevreden met het antwoord? Dan kunt u een klacht
          indienen bij de gemeente, en daarna bij de Nationale ombudsman.
        </Paragraph>
      </section>
    </>
  );
}
