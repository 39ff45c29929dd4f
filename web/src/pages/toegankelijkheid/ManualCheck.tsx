import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { STATEMENT_DATE } from './statement';

/** The manual check of the main flows: by keyboard done, by screen reader still to do. */
export function ManualCheck() {
  return (
    <section className="section" aria-labelledby="handmatig">
      <Heading2 id="handmatig">Handmatige controle</Heading2>
      <Heading3 id="toetsenbord">Met het toetsenbord</Heading3>
      <Paragraph>
        Op {STATEMENT_DATE} zijn in Chromium, alleen met het toetsenbord, deze taken doorlopen: inloggen, de startpagina, een voorstel openen, en als
        aanbieder een arrangement openen en een maandrapportage toevoegen. Dit vonden we:
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          Alle taken konden we afmaken zonder muis. De volgorde van de tab-stops volgt de pagina: “Naar de inhoud”, uitloggen, het menu, de uitleg, de
          inhoud en tot slot deze verklaring onderaan. We kwamen nergens vast te zitten.
        </UnorderedListItem>
        <UnorderedListItem>Elk onderdeel dat de focus krijgt, heeft een duidelijk zichtbare rand.</UnorderedListItem>
        <UnorderedListItem>
          Inloggen werkt met Enter. Daarna, en na elke klik in het menu, staat de focus op de kop van de nieuwe pagina. Die kop krijgt geen rand,
          omdat u er niets mee kunt doen; de volgende Tab gaat naar de inhoud.
        </UnorderedListItem>
        <UnorderedListItem>
          Op de startpagina staan de punten van “Aandacht nodig” als gewone links. De grafieken krijgen geen focus; de tabel ernaast geeft dezelfde
          cijfers. Tabellen die op het scherm passen, kosten geen extra tab-stop.
        </UnorderedListItem>
        <UnorderedListItem>
          Op de pagina van een voorstel komen eerst het formulier voor een standpunt en dan dat voor het besluit, in de volgorde van de cyclus. Op de
          pagina van een arrangement komen na elkaar: wijzigen, een rapportage toevoegen en beëindigen.
        </UnorderedListItem>
        <UnorderedListItem>
          Een rapportage die de server weigert, zet de focus op de foutmelding bovenaan het formulier. Die melding bevatte Engelse tekst tussen
          haakjes (zie “Wat nog niet goed werkt”).
        </UnorderedListItem>
      </UnorderedList>
      <Heading3 id="schermlezer">Met een schermlezer: nog te doen</Heading3>
      <Paragraph>
        Een controle met een schermlezer (zoals NVDA of JAWS op Windows, VoiceOver op een Mac of iPhone, TalkBack op Android) is nog niet gedaan: op
        de computer waarop is getest, was geen schermlezer beschikbaar. Wat de automatische tests daarover zeggen (namen van knoppen en velden,
        koppen, tabellen met kopcellen), vervangt die controle niet. Tot die controle is gedaan, weten we niet zeker of Regiekamer goed werkt met een
        schermlezer.
      </Paragraph>
    </section>
  );
}
