import { DIGEST_TEXTS, formatText, NOTIFICATION_TEXTS } from '@regiekamer/texts';
import { escapeHtml, type RenderedMail } from './notification.mail';
import { dutchDate } from './notification.rules';

export interface DigestItem {
  title: string;
  body: string;
  /** Absolute: PUBLIC_URL and the web client's route. */
  link: string;
  dueOn: string | null;
}

export interface DigestContent {
  recipientName: string;
  /** The morning it is made for (YYYY-MM-DD). */
  on: string;
  items: readonly DigestItem[];
  preferencesUrl: string;
}

const due = (i: DigestItem): string => (i.dueOn === null ? '' : ` (${formatText(DIGEST_TEXTS.itemDue, { dueOn: dutchDate(i.dueOn) })})`);

/** The daily digest: one list of the notifications kept for it, each with its own link; a link to the preferences. */
export function renderDigest(c: DigestContent): RenderedMail {
  const subject = formatText(DIGEST_TEXTS.subject, { date: dutchDate(c.on) });
  const greeting = formatText(NOTIFICATION_TEXTS.mailGreeting, { name: c.recipientName });
  const intro = formatText(DIGEST_TEXTS.intro, { count: c.items.length });
  const textItems = c.items.flatMap((i) => [`- ${i.title}${due(i)}`, `  ${i.body}`, `  ${DIGEST_TEXTS.itemLink}: ${i.link}`, '']);
  const text = [
    greeting,
    '',
    intro,
    '',
    ...textItems,
    `${DIGEST_TEXTS.preferencesLink}: ${c.preferencesUrl}`,
    '',
    '-- ',
    DIGEST_TEXTS.footer,
    '',
  ].join('\n');
  const htmlItems = c.items.map(
    (i) =>
      `<li><p><strong>${escapeHtml(i.title)}</strong>${escapeHtml(due(i))}</p><p>${escapeHtml(i.body)}</p>` +
      `<p><a href="${escapeHtml(i.link)}">${escapeHtml(`${DIGEST_TEXTS.itemLink}: ${i.title}`)}</a></p></li>`,
  );
  const html = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body>',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul>',
    ...htmlItems,
    '</ul>',
    `<p><a href="${escapeHtml(c.preferencesUrl)}">${escapeHtml(DIGEST_TEXTS.preferencesLink)}</a></p>`,
    `<p><small>${escapeHtml(DIGEST_TEXTS.footer)}</small></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject, text, html };
}
