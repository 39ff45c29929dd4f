import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

/** What is known not to meet WCAG 2.1 AA, or not checked, with what we do about it. */
export function KnownIssues() {
  return (
    <section className="section" aria-labelledby="bekend">
      <Heading2 id="bekend">Wat nog niet goed werkt</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          Nog niet getest met een schermlezer (zie hierboven). Dat is de belangrijkste controle die nog moet gebeuren.
        </UnorderedListItem>
        <UnorderedListItem>
          Sommige foutmeldingen van de server bevatten nog Engelse tekst. Dat is in strijd met succescriterium 3.1.2 (taal van onderdelen). Alle
          meldingen krijgen een Nederlandse tekst.
        </UnorderedListItem>
        <UnorderedListItem>
          De grafiek op de pagina Overzicht toont details alleen als u er met de muis overheen gaat. Met het toetsenbord ziet u die details niet; de
          tabel naast de grafiek heeft wel alle cijfers.
        </UnorderedListItem>
        <UnorderedListItem>
          Brede tabellen op andere pagina’s dan de startpagina en Voorstellen, zoals de cijfers per aanbieder op de pagina Overzicht, moeten op een
          telefoon nog opzij schuiven. Ze zijn wel met het toetsenbord te verschuiven. Ze krijgen dezelfde kaartweergave als de startpagina.
        </UnorderedListItem>
        <UnorderedListItem>Nog niet elke pagina heeft een uitleg in eenvoudige taal onder de kop.</UnorderedListItem>
        <UnorderedListItem>
          De zoekomgeving voor analisten (GraphiQL) en de CSV-bestanden om te downloaden zijn niet op toegankelijkheid gecontroleerd.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>We lossen deze punten op in volgende versies en werken deze verklaring dan bij.</Paragraph>
    </section>
  );
}
