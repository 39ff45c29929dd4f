import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';

export interface MailToSend {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row: a message sent twice after a crash is recognisably the same one. */
  messageId: string;
  headers: Record<string, string>;
  /** An iCalendar invitation: sent as text/calendar with its method (nodemailer's icalEvent), for calendar programs. */
  icalEvent?: { method: string; content: string };
}

/** Sends one message; resolves with the SMTP server's answer, rejects with a MailError carrying it. */
export interface Mailer {
  send(mail: MailToSend): Promise<string>;
  close(): void;
}

export class MailError extends Error {
  constructor(readonly answer: string) {
    super(answer);
    this.name = 'MailError';
  }
}

/** SMTP_URL as nodemailer's pooled transport reads it: smtps is TLS from the start, smtp upgrades when offered. */
export function smtpOptions(smtpUrl: string): SMTPPool.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    pool: true,
    host: url.hostname,
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    auth: url.username === '' ? undefined : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
    maxConnections: 5,
    // An SMTP server that does not answer is a failed try (retried later), not a worker that hangs.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

/** The answer to keep on the message: the server's reply if it gave one, else what went wrong on the way. */
export function smtpAnswer(error: unknown): string {
  const e = error as { response?: unknown; message?: unknown } | null;
  const answer = typeof e?.response === 'string' ? e.response : typeof e?.message === 'string' ? e.message : String(error);
  return answer.slice(0, 1000);
}

export function createMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(smtpOptions(smtpUrl));
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail(mail);
        return info.response;
      } catch (error) {
        throw new MailError(smtpAnswer(error));
      }
    },
    close() {
      transport.close();
    },
  };
}
