import {
  CONSENT_PUBLIC_TEXTS,
  DECISION_OUTCOME_PUBLIC_TEXTS,
  formatText,
  OPGAVE_STATUS_PUBLIC_TEXTS,
  OWNERSHIP_RUNG_TEXTS,
  PRIVACY_TEXTS,
  PUBLIC_PAGE_TEXTS as T,
} from '@regiekamer/texts';
import type { Decision } from '../modules/decision/decision.entity';
import { escapeHtml as e } from '../modules/notification/notification.mail';
import type { Opgave } from '../modules/opgave/opgave.entity';
import type { PodiumEntry } from '../modules/participation/participation.payloads';
import type { SubmissionField, SubmissionForm, SubmissionProblem } from '../modules/opgave-submission/opgave-submission.rules';
import { SUBMISSION_MAX } from '../modules/opgave-submission/opgave-submission.rules';
import type { PublicMunicipality, PublicOpgave } from './public-data';

export const PUBLIC_STYLESHEET = '/meedoen.css';
export const HONEYPOT_FIELD = 'website';
/** The form's checkbox: consent to be mailed about the opgave (FOLLOW_UP_CONTACT); without it no address is kept. */
export const FOLLOW_UP_FIELD = 'followUp';

/** Where a page is: its municipality's path prefix ('' with one municipality) and the year the podium link shows. */
export interface Place {
  municipality: Pick<PublicMunicipality, 'name'>;
  prefix: string;
  year: number;
  current: 'meedoen' | 'opgaven' | 'podium' | 'privacy' | null;
}

const p = (text: string, cls = ''): string => `<p class="utrecht-paragraph${cls}">${e(text)}</p>`;
const h = (level: 1 | 2 | 3, text: string, id?: string): string =>
  `<h${level} class="utrecht-heading-${level}"${id ? ` id="${id}"` : ''}>${e(text)}</h${level}>`;

function nav(place: Place): string {
  const link = (key: Place['current'], href: string, text: string) =>
    `<li><a class="utrecht-link pp-nav__link" href="${e(place.prefix + href)}"${place.current === key ? ' aria-current="page"' : ''}>${e(text)}</a></li>`;
  return [
    `<nav class="pp-nav" aria-label="${e(T.navLabel)}"><ul class="pp-nav__list">`,
    link('meedoen', '/meedoen', T.navBringIn),
    link('opgaven', '/opgaven', T.navOpgaven),
    link('podium', `/podium/${place.year}`, formatText(T.navPodium, { year: place.year })),
    '</ul></nav>',
  ].join('');
}

/** The page around the content: the NL Design System's page, header, content and footer, with a skip link. */
export function layout(title: string, place: Place | null, content: string): string {
  const site = place === null ? 'Regiekamer' : formatText(T.siteName, { municipality: place.municipality.name });
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)} - ${e(site)}</title><link rel="stylesheet" href="${PUBLIC_STYLESHEET}"></head>`,
    '<body class="utrecht-theme utrecht-document">',
    `<a class="utrecht-skip-link" href="#inhoud">${e(T.skipLink)}</a>`,
    '<div class="utrecht-page pp-page">',
    `<header class="utrecht-page-header pp-header"><p class="pp-site">${e(site)}</p>${place === null ? '' : nav(place)}</header>`,
    `<main id="inhoud" class="utrecht-page-content pp-main">${content}</main>`,
    `<footer class="utrecht-page-footer pp-footer">${p(T.footer)}<p class="utrecht-paragraph"><a class="utrecht-link pp-target" href="${e(
      (place?.prefix ?? '') + '/privacy',
    )}"${place?.current === 'privacy' ? ' aria-current="page"' : ''}>${e(PRIVACY_TEXTS.link)}</a></p></footer>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const LABELS: Readonly<Record<SubmissionField, string>> = {
  title: T.fieldTitle,
  description: T.fieldDescription,
  area: T.fieldArea,
  contact: T.fieldContact,
};
const REQUIRED: Readonly<Record<SubmissionField, string>> = {
  title: T.errorRequiredTitle,
  description: T.errorRequiredDescription,
  area: T.errorRequiredArea,
  contact: T.errorEmail,
};

/** A problem said in Dutch, naming its field. */
export function problemText(problem: SubmissionProblem): string {
  if (problem.kind === 'REQUIRED') return REQUIRED[problem.field];
  if (problem.kind === 'EMAIL') return T.errorEmail;
  if (problem.kind === 'CONSENT') return CONSENT_PUBLIC_TEXTS.errorFollowUp;
  return formatText(T.errorTooLong, { field: LABELS[problem.field], max: problem.max ?? SUBMISSION_MAX[problem.field] });
}

function field(name: SubmissionField, form: SubmissionForm, problem: SubmissionProblem | undefined, hint: string | null): string {
  const id = `veld-${name}`;
  const described = [hint === null ? null : `${id}-hint`, problem === undefined ? null : `${id}-fout`].filter((x) => x !== null).join(' ');
  const attrs = [
    `id="${id}"`,
    `name="${name}"`,
    described === '' ? '' : `aria-describedby="${described}"`,
    problem === undefined ? '' : 'aria-invalid="true"',
    name === 'contact' ? 'autocomplete="email" inputmode="email"' : name === 'area' ? 'autocomplete="address-level2"' : '',
    name === 'contact' ? '' : 'required',
    `maxlength="${SUBMISSION_MAX[name]}"`,
  ]
    .filter((a) => a !== '')
    .join(' ');
  const invalid = problem === undefined ? '' : ' utrecht-form-field--invalid';
  const control =
    name === 'description'
      ? `<textarea class="utrecht-textarea pp-control" rows="6" ${attrs}>${e(form[name])}</textarea>`
      : `<input class="utrecht-textbox pp-control" type="${name === 'contact' ? 'email' : 'text'}" ${attrs} value="${e(form[name])}">`;
  return [
    `<div class="utrecht-form-field utrecht-form-field--text${invalid}">`,
    `<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${e(LABELS[name])}</label></div>`,
    hint === null ? '' : `<div class="utrecht-form-field-description" id="${id}-hint">${e(hint)}</div>`,
    problem === undefined
      ? ''
      : `<div class="utrecht-form-field-error-message" id="${id}-fout"><span class="pp-visually-hidden">${e(T.errorPrefix)} </span>${e(problemText(problem))}</div>`,
    `<div class="utrecht-form-field__input">${control}</div>`,
    '</div>',
  ].join('');
}

/** /meedoen: what it is for, then the form; after a refusal the same form with the errors, first a summary linking to each field. */
export function meedoenPage(
  place: Place,
  form: SubmissionForm,
  problems: readonly SubmissionProblem[],
  general: string | null,
  followUp = false,
): string {
  const consentProblem = problems.find((x) => x.kind === 'CONSENT');
  const byField = new Map(problems.filter((x) => x.kind !== 'CONSENT').map((x) => [x.field, x]));
  const summaryItems = problems.map(
    (x) => `<li><a class="utrecht-link pp-target" href="#veld-${x.kind === 'CONSENT' ? FOLLOW_UP_FIELD : x.field}">${e(problemText(x))}</a></li>`,
  );
  const summary =
    problems.length === 0 && general === null
      ? ''
      : [
          '<div class="utrecht-alert utrecht-alert--error pp-alert" role="alert" tabindex="-1" id="fouten">',
          p(general ?? T.errorSummary),
          summaryItems.length === 0 ? '' : `<ul class="utrecht-unordered-list">${summaryItems.join('')}</ul>`,
          '</div>',
        ].join('');
  const content = [
    h(1, T.meedoenTitle),
    p(T.meedoenIntro),
    p(T.meedoenHow),
    summary,
    `<form class="pp-form" method="post" action="${e(place.prefix)}/meedoen" novalidate>`,
    field('title', form, byField.get('title'), T.fieldTitleHint),
    field('description', form, byField.get('description'), T.fieldDescriptionHint),
    field('area', form, byField.get('area'), null),
    field('contact', form, byField.get('contact'), T.fieldContactHint),
    followUpField(followUp, consentProblem),
    // Hidden from people (and from assistive technology); a bot that fills it in is refused without a word.
    `<div class="pp-honeypot" aria-hidden="true"><label for="veld-${HONEYPOT_FIELD}">${e(T.honeypot)}</label>`,
    `<input id="veld-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" value=""></div>`,
    `<button class="utrecht-button utrecht-button--primary-action pp-button" type="submit">${e(T.submit)}</button>`,
    '</form>',
  ];
  return layout(problems.length > 0 || general !== null ? `${T.errorPrefix} ${T.meedoenTitle}` : T.meedoenTitle, place, content.join('\n'));
}

/** The consent beside the address: a checkbox, never ticked in advance. */
function followUpField(checked: boolean, problem: SubmissionProblem | undefined): string {
  const id = `veld-${FOLLOW_UP_FIELD}`;
  const described = [`${id}-hint`, problem === undefined ? null : `${id}-fout`].filter((x) => x !== null).join(' ');
  return [
    `<div class="utrecht-form-field utrecht-form-field--checkbox${problem === undefined ? '' : ' utrecht-form-field--invalid'}">`,
    problem === undefined
      ? ''
      : `<div class="utrecht-form-field-error-message" id="${id}-fout"><span class="pp-visually-hidden">${e(T.errorPrefix)} </span>${e(problemText(problem))}</div>`,
    `<div class="utrecht-form-field__input"><input class="utrecht-checkbox" type="checkbox" id="${id}" name="${FOLLOW_UP_FIELD}" value="ja" aria-describedby="${described}"${
      problem === undefined ? '' : ' aria-invalid="true"'
    }${checked ? ' checked' : ''}>`,
    ` <label class="utrecht-form-label utrecht-form-label--checkbox" for="${id}">${e(CONSENT_PUBLIC_TEXTS.fieldFollowUp)}</label></div>`,
    `<div class="utrecht-form-field-description" id="${id}-hint">${e(CONSENT_PUBLIC_TEXTS.fieldFollowUpHint)}</div>`,
    '</div>',
  ].join('');
}

export function thanksPage(place: Place, mailGiven: boolean): string {
  const content = [
    h(1, T.thanksTitle),
    p(T.thanks),
    mailGiven ? p(T.thanksMail) : '',
    `<p class="utrecht-paragraph"><a class="utrecht-link pp-target" href="${e(place.prefix)}/meedoen">${e(T.thanksAgain)}</a></p>`,
  ];
  return layout(T.thanksTitle, place, content.join('\n'));
}

const statusText = (o: Pick<Opgave, 'status'>): string => OPGAVE_STATUS_PUBLIC_TEXTS[o.status];
const rungText = (rung: number): string => `${rung} van 5: ${OWNERSHIP_RUNG_TEXTS[rung] ?? ''}`;
const dateText = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function facts(rows: readonly [string, string][]): string {
  return `<dl class="utrecht-data-list pp-facts">${rows
    .map(
      ([k, v]) =>
        `<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${e(k)}</dt><dd class="utrecht-data-list__item-value">${e(v)}</dd></div>`,
    )
    .join('')}</dl>`;
}

function decisionHtml(d: Decision & { minorityWisdom?: string | null }): string {
  const votes = d.votesFor === null ? '' : p(formatText(T.votes, { for: d.votesFor, against: d.votesAgainst ?? 0, abstain: d.votesAbstain ?? 0 }));
  const minority = d.minorityWisdom ?? d.minorityPosition;
  return [
    '<li class="pp-decision">',
    p(`${formatText(T.decidedOn, { date: dateText(d.decidedOn) })}: ${DECISION_OUTCOME_PUBLIC_TEXTS[d.outcome]}`, ' pp-meta'),
    p(d.text),
    votes,
    minority === null || minority.trim() === '' ? '' : `<div class="pp-minority">${h(3, T.minority)}${p(minority)}</div>`,
    '</li>',
  ].join('');
}

function opgaveHtml(x: PublicOpgave, index: number): string {
  const { opgave } = x;
  const id = `opgave-${index + 1}`;
  const ateliers = x.ateliers.map(
    (a) =>
      `<li>${h(3, a.title)}${p(a.outcome === null ? T.atelierNoOutcome : `${T.atelierOutcome}: ${a.outcome}`)}${
        a.followUpDecision === null ? '' : p(`${T.atelierFollowUp}: ${a.followUpDecision}`)
      }</li>`,
  );
  return [
    `<article class="pp-card" aria-labelledby="${id}">`,
    h(2, opgave.title, id),
    facts([
      [T.status, statusText(opgave)],
      [T.rung, rungText(opgave.ownershipRung)],
      [T.area, opgave.area],
      [T.results, formatText(T.resultsLine, { done: x.actionsDone, open: x.actionsOpen })],
    ]),
    opgave.description === '' ? '' : p(opgave.description),
    ateliers.length === 0 ? '' : `<section>${h(3, T.ateliers)}<ul class="utrecht-unordered-list pp-list">${ateliers.join('')}</ul></section>`,
    x.decisions.length === 0 ? '' : `<section>${h(3, T.decisions)}<ul class="pp-list">${x.decisions.map(decisionHtml).join('')}</ul></section>`,
    x.names.length === 0
      ? ''
      : `<section>${h(3, CONSENT_PUBLIC_TEXTS.teamNames)}<ul class="utrecht-unordered-list pp-list">${x.names.map((n) => `<li>${e(n)}</li>`).join('')}</ul></section>`,
    '</article>',
  ].join('');
}

export function opgavenPage(place: Place, opgaven: readonly PublicOpgave[]): string {
  const title = formatText(T.opgavenTitle, { municipality: place.municipality.name });
  const content = [h(1, title), p(T.opgavenIntro), opgaven.length === 0 ? p(T.opgavenEmpty) : opgaven.map(opgaveHtml).join('\n')];
  return layout(title, place, content.join('\n'));
}

function podiumEntryHtml(x: PodiumEntry, index: number): string {
  const id = `podium-${index + 1}`;
  return [
    `<article class="pp-card" aria-labelledby="${id}">`,
    h(2, x.opgave.title, id),
    facts([
      [T.status, OPGAVE_STATUS_PUBLIC_TEXTS[x.status]],
      [T.rung, rungText(x.ownershipRung)],
      [T.area, x.opgave.area],
      [T.ateliers, formatText(T.podiumAteliers, { count: x.ateliersHeld })],
      [T.results, formatText(T.resultsLine, { done: x.actionsDone, open: x.actionsOpen })],
    ]),
    x.decisions.length === 0 ? '' : `<section>${h(3, T.decisions)}<ul class="pp-list">${x.decisions.map(decisionHtml).join('')}</ul></section>`,
    '</article>',
  ].join('');
}

export function podiumPage(place: Place, year: number, entries: readonly PodiumEntry[]): string {
  const title = formatText(T.podiumTitle, { year });
  const years = [year - 1, year + 1].map((y) => `<li><a class="utrecht-link pp-target" href="${e(place.prefix)}/podium/${y}">${y}</a></li>`);
  const content = [
    h(1, title),
    p(formatText(T.podiumIntro, { year })),
    entries.length === 0 ? p(formatText(T.podiumEmpty, { year })) : entries.map(podiumEntryHtml).join('\n'),
    `<nav aria-label="${e(T.podiumOtherYears)}">${h(2, T.podiumOtherYears)}<ul class="utrecht-unordered-list">${years.join('')}</ul></nav>`,
  ];
  return layout(title, place, content.join('\n'));
}

/** Several municipalities on one installation: the plain paths ask which one. */
export function choicePage(list: readonly PublicMunicipality[], path: string): string {
  const items = list.map((m) => `<li><a class="utrecht-link pp-target" href="/${e(m.code)}${e(path)}">${e(m.name)}</a></li>`);
  return layout(
    T.chooseTitle,
    null,
    [h(1, T.chooseTitle), p(T.chooseIntro), `<ul class="utrecht-unordered-list pp-list">${items.join('')}</ul>`].join('\n'),
  );
}

export function notFoundPage(place: Place | null): string {
  return layout(T.notFoundTitle, place, [h(1, T.notFoundTitle), p(T.notFound)].join('\n'));
}

/** /privacy: the privacy statement, with the privacy officer's contact from PRIVACY_OFFICER_CONTACT. */
export function privacyPage(place: Place | null, officerContact: string | null): string {
  const P = PRIVACY_TEXTS;
  /** A heading over its points. */
  const listed = (title: string, items: readonly string[]) =>
    `${h(2, title)}\n<ul class="utrecht-unordered-list">${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  const content = [
    h(1, P.title),
    p(P.intro),
    h(2, P.responsibleTitle),
    p(P.responsible),
    listed(P.whatTitle, P.what),
    listed(P.whyTitle, P.why),
    listed(P.howLongTitle, P.howLong),
    listed(P.receiversTitle, P.receivers),
    listed(P.rightsTitle, P.rights),
    p(P.howToUse),
    h(2, P.officerTitle),
    officerContact === null ? p(P.officerUnknown) : `${p(P.officer)}<p class="utrecht-paragraph pp-officer">${e(officerContact)}</p>`,
    p(P.complaint),
  ];
  return layout(P.title, place, content.join('\n'));
}
