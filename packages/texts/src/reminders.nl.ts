/**
 * The Dutch texts of the scheduled notices (ICU MessageFormat): reminders before a deadline of the six-week cycle, the
 * regisseur's morning list of what needs attention, and the quarter reports. Dates come written out in Dutch already.
 */
export const REMINDER_TEXTS = {
  deadlineTitle: 'Herinnering: termijn loopt af',
  deadlineSubject: 'Herinnering: uiterlijk {dueOn} voor {title}',
  deadlineBody: 'Voor het voorstel "{title}" loopt een termijn af op {dueOn}. Nog te doen: {steps}.',
  stepPerspectives: 'de standpunten geven',
  stepPolicyMeeting: 'het beleidsoverleg houden en besluiten',
  stepFeedback: 'het besluit terugkoppelen aan de bewoners',
  openProposal: 'Bekijk het voorstel',

  digestTitle: 'Wat vandaag uw aandacht vraagt',
  digestSubject: 'Aandacht nodig op {on}: {count, plural, one {# punt} other {# punten}}',
  digestBody: 'Dit vraagt vandaag ({on}) uw aandacht, het meest dringende eerst:',
  openHome: 'Bekijk alles wat aandacht nodig heeft',
  digestProposal: 'Voorstel "{title}": {step}{late}',
  digestProposalPerspectives: 'de standpunten zijn te laat',
  digestProposalPolicyMeeting: 'het besluit in het beleidsoverleg is te laat',
  digestProposalFeedback: 'de terugkoppeling aan bewoners is te laat',
  digestUnsigned: '{title}: {party} heeft nog niet getekend (ingang {startsOn})',
  digestUnsignedMunicipality: 'de gemeente',
  digestUnsignedProvider: 'een aanbieder',
  digestAction: 'Actie "{title}": moest klaar zijn op {dueOn}{late}',
  digestBudgetExceeded: '{title}: het budget is op ({percent} gebruikt)',
  digestBudgetNearlyUsed: '{title}: het budget is bijna op ({percent} gebruikt)',
  digestBudgetAheadOfPace: '{title}: de uitgaven lopen voor op het jaar ({percent} gebruikt)',
  digestReportsMissing:
    '{title}: {count, plural, one {# lopend arrangement} other {# lopende arrangementen}} zonder rapportage over de maand tot en met {dueOn}',
  digestWaitingOverNorm:
    '{title}: {count, plural, one {# aanvraag wacht} other {# aanvragen wachten}} langer dan de wachtnorm (de langste is sinds {dueOn} over de norm)',
  digestLate: ' ({days, plural, one {# dag} other {# dagen}} te laat)',

  quarterDueTitle: 'Kwartaalverantwoording gevraagd',
  quarterDueSubject: 'Kwartaalverantwoording kwartaal {quarter} {year}: uiterlijk {dueOn}',
  quarterDueBody:
    'Kwartaal {quarter} van {year} is voorbij. Wilt u de verantwoording van uw jaarplan over dit kwartaal indienen, uiterlijk op {dueOn}?',
  quarterReminderTitle: 'Herinnering: kwartaalverantwoording',
  quarterReminderSubject: 'Herinnering: kwartaalverantwoording kwartaal {quarter} {year} uiterlijk {dueOn}',
  quarterReminderBody:
    'De verantwoording van uw jaarplan over kwartaal {quarter} van {year} is nog niet binnen. Wilt u die indienen, uiterlijk op {dueOn}?',
  openPlan: 'Bekijk het jaarplan',
} as const;
