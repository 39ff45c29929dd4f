import { DIGEST_TEXTS, formatText, NOTIFICATION_TEXTS } from '@regiekamer/texts';

/** A message as it is stored in the outbox: plain text for every reader, and accessible HTML beside it. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailContent {
  recipientName: string;
  subject: string;
  /** The paragraph that says what is asked; plain text. */
  body: string;
  /** A list that follows the paragraph (a digest's lines); plain text. */
  items?: readonly string[];
  linkText: string;
  /** Absolute: PUBLIC_URL and the web client's route. */
  link: string;
  /** The one-click unsubscribe address and the preferences page, said in the footer; absent for security messages. */
  unsubscribe?: { url: string; preferencesUrl: string };
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Both forms of one message. The HTML is a plain document: a language, a title, paragraphs and a link whose text says
 * where it leads (no tables for layout, no images), so that screen readers and text-only clients read it as it is meant.
 */
export function renderMail(c: MailContent): RenderedMail {
  const greeting = formatText(NOTIFICATION_TEXTS.mailGreeting, { name: c.recipientName });
  const footer = NOTIFICATION_TEXTS.mailFooter;
  const items = c.items ?? [];
  const list = items.length === 0 ? [] : ['', ...items.map((i) => `- ${i}`)];
  const u = c.unsubscribe;
  const unsubscribeText = u === undefined ? [] : [formatText(DIGEST_TEXTS.mailUnsubscribe, { url: u.url, preferencesUrl: u.preferencesUrl })];
  const text = [greeting, '', c.body, ...list, '', `${c.linkText}: ${c.link}`, '', '-- ', footer, ...unsubscribeText, ''].join('\n');
  const html = [
    '<!doctype html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(c.subject)}</title></head>`,
    '<body>',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(c.body)}</p>`,
    ...(items.length === 0 ? [] : ['<ul>', ...items.map((i) => `<li>${escapeHtml(i)}</li>`), '</ul>']),
    `<p><a href="${escapeHtml(c.link)}">${escapeHtml(c.linkText)}</a></p>`,
    `<p><small>${escapeHtml(footer)}</small></p>`,
    ...(u === undefined ? [] : [unsubscribeHtml(u.url, u.preferencesUrl)]),
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject: c.subject, text, html };
}

/** The footer's unsubscribe line in HTML: links whose text says where they lead. */
export function unsubscribeHtml(url: string, preferencesUrl: string): string {
  return (
    `<p><small>${escapeHtml(DIGEST_TEXTS.mailUnsubscribeHtml)} <a href="${escapeHtml(url)}">${escapeHtml(DIGEST_TEXTS.mailUnsubscribeLink)}</a>` +
    ` · <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(DIGEST_TEXTS.mailPreferencesLink)}</a></small></p>`
  );
}
