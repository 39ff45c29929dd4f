/** The Dutch texts of the calendar feed (`/calendar/<secret>.ics`), ICU MessageFormat. */
export const CALENDAR_TEXTS = {
  calendarName: 'Regiekamer',
  calendarDescription: 'Overleggen en uw eigen termijnen in Regiekamer',
  overleg: '{kind}: {title}',
  overlegLocation: '{location}',
  perspectivesDue: 'Standpunten binnen: {title}',
  policyMeetingDue: 'Uiterlijk beleidsoverleg: {title}',
  feedbackDue: 'Uiterlijk terugkoppeling aan bewoners: {title}',
  actionDue: 'Actie klaar: {title}',
  proposalDescription: 'Voorstel in de zesweekse cyclus. Zie Regiekamer, Voorstellen.',
  actionDescription: 'Uw actie. Zie Regiekamer, Acties.',
} as const;

/** Dutch names of the kinds of overleg: for the web client and the calendar feed alike. */
export const OVERLEG_KIND_TEXTS = {
  PROVIDER_OVERLEG: 'Aanbiedersoverleg',
  BELEIDSOVERLEG: 'Beleidsoverleg',
  KERNGROEP: 'Kerngroep',
  STAFF: 'Medewerkersoverleg',
  RESIDENTS_MEETING: 'Bewonersbijeenkomst',
  AD_HOC: 'Ad-hocoverleg',
  QUARTERLY: 'Kwartaaloverleg',
  PODIUM: 'Podium',
} as const;
