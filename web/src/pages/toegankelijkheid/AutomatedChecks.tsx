import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

/** What the browser tests check on every version (tests/e2e). */
export function AutomatedChecks() {
  return (
    <section className="section" aria-labelledby="automatisch">
      <Heading2 id="automatisch">Wat we bij elke versie automatisch testen</Heading2>
      <Paragraph>
        Bij elke nieuwe versie lopen browsertests in Chromium door de taken van elke rol, op een breed scherm (1280 bij 900 pixels) en op een telefoon
        (390 bij 844 pixels), met vaste lettertypen.
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          Op elke pagina die de tests openen, controleert axe-core de regels van WCAG 2.0 en 2.1 op niveau A en AA. Een ernstige of kritieke fout laat
          de test mislukken.
        </UnorderedListItem>
        <UnorderedListItem>
          Een eigen controle meet het contrast van alle zichtbare tekst tegen de achtergrond (minstens 4,5 staat tot 1). Die vindt ook knoppen waarvan
          de tekst de kleur van de achtergrond heeft; axe miste zo’n knop.
        </UnorderedListItem>
        <UnorderedListItem>
          Toetsenbordtests: de link “Naar de inhoud” is de eerste tab-stop, na het openen van een pagina staat de focus op de kop, en het inlogvenster
          na een verlopen sessie is met het toetsenbord te bedienen.
        </UnorderedListItem>
        <UnorderedListItem>
          Op telefoonbreedte meten de tests dat tabellen op de startpagina niet breder zijn dan het scherm, zodat niemand opzij hoeft te schuiven om
          een kerngetal te lezen.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>Automatische tests vinden maar een deel van de problemen. Daarom is ook met de hand getest.</Paragraph>
    </section>
  );
}
