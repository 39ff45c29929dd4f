/**
 * The Dutch texts of the notifications about the convenant, funding and actions (ICU MessageFormat), written by the
 * API's worker. Dates and amounts are given already written out in Dutch (see the API's notification rules).
 */
export const DOMAIN_NOTICE_TEXTS = {
  convenantOpenedTitle: 'Het convenant ligt klaar om te ondertekenen',
  convenantOpenedSubject: 'Ondertekenen gevraagd: {title}',
  convenantOpenedBody:
    'Het convenant "{title}" ({startsOn} tot en met {endsOn}) ligt klaar om te ondertekenen. Wilt u het ondertekenen namens {party}? Het convenant treedt in werking als alle partijen hebben ondertekend.',
  convenantReminderTitle: 'Herinnering: het convenant is nog niet ondertekend',
  convenantReminderSubject: 'Herinnering: ondertekenen van {title}',
  convenantReminderBody:
    'Het convenant "{title}" ligt sinds {openedOn} klaar om te ondertekenen, maar {party} heeft nog niet ondertekend. Wilt u het ondertekenen? Het convenant treedt pas in werking als alle partijen hebben ondertekend.',
  convenantLink: 'Bekijk het convenant',
  amendmentProposedTitle: 'Een wijziging van het convenant ligt klaar om te ondertekenen',
  amendmentProposedSubject: 'Ondertekenen gevraagd: wijziging van {title}',
  amendmentProposedBody:
    'De gemeente stelt een wijziging voor van het convenant "{title}": {reason} Wilt u de wijziging ondertekenen namens {party}? Ze gaat in als alle partijen die het betreft hebben ondertekend.',
  quarterReopenedTitle: 'Uw kwartaalverantwoording is heropend',
  quarterReopenedSubject: 'Kwartaal {quarter} van {year} is heropend',
  quarterReopenedBody:
    'De gemeente heeft de verantwoording van {provider} over kwartaal {quarter} van {year} heropend. De reden: {reason} Wilt u de verantwoording opnieuw indienen?',
  quarterReopenedLink: 'Open het jaarplan',
  fundingProposedTitle: 'Er is financiering voor u voorgesteld',
  fundingProposedSubject: 'Voorstel voor financiering van {from}',
  fundingProposedBody:
    '{from} stelt voor om {amount} te betalen aan {to}, voor de periode {startsOn} tot en met {endsOn}. Doel: {purpose}. Gaat u akkoord? Dat geeft u aan bij het voorstel.',
  fundingLink: 'Bekijk het voorstel voor financiering',
  actionAssignedTitle: 'Er is een actie aan u toegewezen',
  actionAssignedSubject: 'Actie voor u: {title}',
  actionAssignedBody: 'U bent eigenaar van de actie "{title}". De actie moet klaar zijn op {dueOn}.',
  actionDueTomorrowTitle: 'Uw actie moet morgen klaar zijn',
  actionDueTomorrowSubject: 'Morgen klaar: {title}',
  actionDueTomorrowBody: 'Uw actie "{title}" moet morgen, {dueOn}, klaar zijn. Is de actie klaar? Markeer haar dan als gedaan.',
  actionOverdueTitle: 'Uw actie is te laat',
  actionOverdueSubject: 'Te laat: {title}',
  actionOverdueBody:
    'Uw actie "{title}" had op {dueOn} klaar moeten zijn en staat nog open. Is de actie klaar? Markeer haar dan als gedaan. Is ze niet meer nodig? Laat haar dan vervallen.',
  actionLink: 'Bekijk uw open acties',
} as const;
