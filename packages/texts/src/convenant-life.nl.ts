import type { MessageText } from './messages.nl';

/** The convenant through its life (amendments, early end, renewal), arrangements under it, and providers managed. */
export const CONVENANT_LIFE_MESSAGE_TEXTS: readonly MessageText[] = [
  {
    api: 'Another convenant of the municipality is in force on a day of this period.',
    nl: 'In deze periode is al een ander convenant van de gemeente in werking. Twee convenanten kunnen niet tegelijk in werking zijn.',
  },
  {
    api: 'Only a convenant in force can be changed; this one is {status}.',
    nl: 'Alleen een convenant dat door alle partijen is ondertekend, kan worden gewijzigd.',
  },
  { api: 'This convenant has ended.', nl: 'Dit convenant is afgelopen.' },
  { api: 'An amendment changes the budget, the end date or the parties.', nl: 'Een wijziging past het budget, de einddatum of de partijen aan.' },
  { api: 'The new end date must not be in the past.', nl: 'De nieuwe einddatum mag niet in het verleden liggen.' },
  { api: 'The end date must not be in the past.', nl: 'De einddatum mag niet in het verleden liggen.' },
  { api: 'A provider can join or leave, not both, and only once.', nl: 'Een aanbieder kan toetreden of uittreden, niet allebei, en maar één keer.' },
  { api: 'This provider is a party already.', nl: 'Deze aanbieder is al partij bij het convenant.' },
  {
    api: 'One or more providers cannot join: they are not active providers of this municipality.',
    nl: 'Een of meer aanbieders kunnen niet toetreden: het zijn geen actieve aanbieders van de gemeente.',
  },
  { api: 'Only a party can leave.', nl: 'Alleen een partij kan uittreden.' },
  { api: 'A convenant keeps at least one provider as party.', nl: 'Er blijft minstens één aanbieder partij bij het convenant.' },
  {
    api: 'Ending early: the end date must be before the current end date.',
    nl: 'Bij eerder beëindigen ligt de nieuwe einddatum vóór de huidige einddatum.',
  },
  { api: 'Only a signed convenant can be renewed; this one is {status}.', nl: 'Alleen een ondertekend convenant kan worden verlengd.' },
  { api: 'The next period starts after this convenant ends.', nl: 'De nieuwe periode begint na de einddatum van dit convenant.' },
  { api: 'No amendment with this id.', nl: 'Deze wijziging bestaat niet (meer).' },
  { api: 'Your organisation has already signed this amendment.', nl: 'Uw organisatie heeft deze wijziging al ondertekend.' },
  { api: 'The amendment is {status}, not open for signing.', nl: 'Deze wijziging staat niet (meer) open voor ondertekening.' },
  { api: 'Your organisation is deactivated and cannot sign.', nl: 'Uw organisatie is gedeactiveerd en kan niet ondertekenen.' },
  {
    api: 'An amendment of this convenant is waiting for signatures: it is signed or withdrawn first.',
    nl: 'Er wacht al een wijziging van dit convenant op ondertekening. Laat die eerst ondertekenen of trek haar in.',
  },
  {
    api: 'An amendment is in effect from a date, and waits without one.',
    nl: 'Een wijziging die geldt, heeft een ingangsdatum; een wachtende niet.',
  },
  {
    api: 'A deactivated provider has the date and reason; an active one has neither.',
    nl: 'Een gedeactiveerde aanbieder heeft een datum en reden; een actieve aanbieder geen van beide.',
  },
  // Arrangements under the convenant in force on their start date
  {
    api: 'Your organisation is deactivated and cannot start arrangements.',
    nl: 'Uw organisatie is gedeactiveerd en kan geen arrangementen starten.',
  },
  {
    api: 'No convenant is in force on the start date.',
    nl: 'Op de startdatum is geen convenant in werking. Een arrangement start onder een convenant.',
  },
  {
    api: 'Your organisation is not a signed party of the convenant in force on the start date.',
    nl: 'Uw organisatie is geen ondertekende partij bij het convenant dat op de startdatum in werking is.',
  },
  // Providers
  { api: 'A KvK number is 8 digits.', nl: 'Een KvK-nummer bestaat uit 8 cijfers.' },
  { api: 'An AGB code is 8 digits.', nl: 'Een AGB-code bestaat uit 8 cijfers.' },
  { api: 'This provider is deactivated already.', nl: 'Deze aanbieder is al gedeactiveerd.' },
  { api: 'This provider is active already.', nl: 'Deze aanbieder is al actief.' },
];
