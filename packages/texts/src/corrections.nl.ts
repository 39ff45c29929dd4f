import type { MessageText } from './messages.nl';

/** The Dutch texts of corrections (counter-entries of reports) and of the rules that were loose. */
export const CORRECTION_MESSAGE_TEXTS: readonly MessageText[] = [
  {
    api: 'The period overlaps the report of {start} to {end}.',
    nl: 'Deze periode overlapt met de rapportage van {start} tot en met {end}.',
  },
  {
    api: 'A reversal cannot be corrected; correct the report it reverses.',
    nl: 'Een tegenboeking kunt u niet corrigeren; corrigeer de rapportage zelf.',
  },
  { api: 'This report has been corrected already.', nl: 'Deze rapportage is al gecorrigeerd.' },
  { api: 'No report with this id.', nl: 'Deze rapportage bestaat niet.' },
  { api: 'Give both the hours and the cost, or neither.', nl: 'Vul zowel de uren als de kosten in, of geen van beide.' },
  {
    api: 'A report corrects once: it has a reversal and at most one correction.',
    nl: 'Een rapportage wordt maar één keer gecorrigeerd.',
  },
  { api: 'The reports of an arrangement may not overlap in period.', nl: 'Rapportages van één arrangement mogen niet overlappen.' },
  {
    api: 'Only a reversal or correction refers to a report, and a reversal says why.',
    nl: 'Alleen een tegenboeking of correctie verwijst naar een rapportage, en een tegenboeking zegt waarom.',
  },
  {
    api: "Some opgaven got votes and lost: record the minority's wisdom.",
    nl: 'Opgaven met stemmen zijn niet gekozen: leg de wijsheid van de minderheid vast.',
  },
  {
    api: 'Only the regisseur puts a proposal in the regular cycle; every party may submit an urgent one.',
    nl: 'Alleen de regisseur dient een voorstel in voor de gewone cyclus; elke partij kan een spoedvoorstel indienen.',
  },
  { api: 'Only a resident of the kerngroep submits an urgent proposal.', nl: 'Alleen een bewoner uit de kerngroep kan een spoedvoorstel indienen.' },
  {
    api: "A payment lies within the agreement's period, {start} to {end}.",
    nl: 'Een betaling valt binnen de periode van de afspraak, van {start} tot en met {end}.',
  },
  { api: 'An agreement for a future period ends today.', nl: 'Een afspraak voor een periode die nog moet beginnen, eindigt vandaag.' },
  { api: 'Only the receiving provider declines a proposal.', nl: 'Alleen de ontvangende aanbieder kan een voorstel afwijzen.' },
  { api: 'Only the paying provider withdraws a proposal.', nl: 'Alleen de betalende aanbieder kan een voorstel intrekken.' },
  {
    api: 'Only a PROPOSED agreement can be closed; this one is {status}.',
    nl: 'Alleen een voorgestelde afspraak kan worden afgewezen of ingetrokken; deze is al {status}.',
  },
  { api: 'Name the overleg where the decision was taken.', nl: 'Kies het overleg waar het besluit is genomen.' },
  {
    api: 'An urgent proposal is decided in a beleidsoverleg or an ad hoc meeting.',
    nl: 'Over een spoedvoorstel wordt besloten in een beleidsoverleg of een ad-hocoverleg.',
  },
  { api: 'A proposal is decided in a beleidsoverleg.', nl: 'Over een voorstel wordt besloten in een beleidsoverleg.' },
  { api: 'This overleg was called off.', nl: 'Dit overleg is afgelast.' },
  { api: 'The overleg is held after the date of the decision.', nl: 'Dit overleg is pas na de datum van het besluit.' },
  { api: 'Say why the proposal is declined or withdrawn.', nl: 'Geef aan waarom het voorstel wordt afgewezen of ingetrokken.' },
  {
    api: 'The board, the head of finance and the kerngroep delegation are among the attendees; missing: {missing}.',
    nl: 'Bij de bespreking zijn het bestuur, het hoofd financiën en de kerngroep aanwezig: noem wie er namens elk van hen bij was.',
  },
  {
    api: 'This quarter was reopened: it is reviewed once it is submitted again.',
    nl: 'Dit kwartaal is heropend: het wordt besproken zodra de verantwoording opnieuw is ingediend.',
  },
  { api: 'This quarter is open again already.', nl: 'Dit kwartaal is al heropend.' },
];
