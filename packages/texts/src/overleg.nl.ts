/**
 * The Dutch texts of overleg invitations (mail, in-app notification and the iCalendar invitation with it), of the
 * calendar feed's remaining deadlines, and of an overleg's time and cancellation in the web client. ICU MessageFormat;
 * dates and times are given already written out in Dutch.
 */
export const OVERLEG_NOTICE_TEXTS = {
  scheduledTitle: 'U bent uitgenodigd voor een overleg',
  scheduledSubject: 'Uitnodiging: {title}, {when}',
  scheduledBody: 'U bent uitgenodigd voor "{title}" ({kind}) op {when}{place}. De uitnodiging voor uw agenda zit bij deze e-mail.',
  movedTitle: 'Een overleg is gewijzigd',
  movedSubject: 'Gewijzigd: {title}, nu {when}',
  movedBody:
    'Het overleg "{title}" ({kind}) is gewijzigd. Het is nu op {when}{place}. De bijgewerkte uitnodiging voor uw agenda zit bij deze e-mail.',
  cancelledTitle: 'Een overleg gaat niet door',
  cancelledSubject: 'Afgelast: {title}, {when}',
  cancelledBody: 'Het overleg "{title}" ({kind}) op {when} gaat niet door. Met de bijlage haalt u het uit uw agenda.',
  openLink: 'Bekijk het overleg',
  /** The day alone, or the day with its hours: "1 juli 2026" or "1 juli 2026 van 14:00 tot 15:30 uur". */
  whenDay: '{date}',
  whenTimed: '{date} van {start} tot {end} uur',
  place: ', {location}',
} as const;

/** The calendar feed's deadlines besides overleggen, actions and the six-week cycle. */
export const DEADLINE_CALENDAR_TEXTS = {
  cancelledOverleg: 'Afgelast: {summary}',
  quarterReportDue: 'Kwartaalrapportage inleveren: kwartaal {quarter} van {year}',
  quarterReportDescription: 'Verantwoording over het jaarplan, tien dagen na het einde van het kwartaal. Zie Regiekamer, Jaarplannen.',
  convenantSignDue: 'Convenant ondertekenen: {title}',
  convenantSignDescription: 'Het convenant wacht op de handtekening van uw organisatie. Zie Regiekamer, Convenant.',
} as const;

/** The web client's words for an overleg's time and its cancellation. */
export const OVERLEG_TEXTS = {
  startsAt: 'Begintijd',
  endsAt: 'Eindtijd',
  timeHint: 'Laat beide leeg voor een overleg zonder tijd (de hele dag).',
  timeFormat: 'Vul een tijd in als uu:mm, bijvoorbeeld 14:30.',
  timePair: 'Vul een begin- en een eindtijd in, of laat beide leeg.',
  timeOrder: 'De eindtijd ligt na de begintijd.',
  timeRange: '{start}–{end} uur',
  cancelled: 'Afgelast',
  cancelledNotice: 'Dit overleg is afgelast. Het kan niet meer worden gewijzigd.',
  cancel: 'Overleg afgelasten',
  cancelName: 'Overleg afgelasten: {title}',
  cancelQuestion: 'De deelnemers krijgen bericht dat het overleg niet doorgaat. Afgelasten kan niet ongedaan worden gemaakt.',
  cancelConfirm: 'Ja, afgelasten',
} as const;
