/**
 * The retention schedule: per kind of data how long it is kept, the setting that overrides the period, the date the
 * period counts from, what happens after it (delete, or anonymise and keep the row) and the legal ground. docs/retention.md
 * is the same schedule for the municipality's privacy officer (a unit test keeps the two in step). Pure: no database.
 */

export const RETENTION_KINDS = [
  'ARRANGEMENT',
  'ACCESS_LOG',
  'AUDIT_LOG',
  'OPGAVE_CONTACT',
  'SURVEY_ANSWER',
  'ACCESS_LINK',
  'LOGIN_ATTEMPT',
  'USER_SESSION',
  'OUTGOING_MESSAGE',
  'IDEMPOTENCY_KEY',
  'NOTIFICATION',
  'PRIVACY_REQUEST',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export type PeriodUnit = 'years' | 'months' | 'days';
export type RetentionEffect = 'DELETE' | 'ANONYMISE';

export interface RetentionRule {
  readonly kind: RetentionKind;
  /** What the data is (for operators and the privacy officer). */
  readonly data: string;
  /** The environment variable that overrides the default period (read in config.ts). */
  readonly setting: string;
  readonly unit: PeriodUnit;
  readonly defaultPeriod: number;
  /** Bounds of the setting. */
  readonly min: number;
  readonly max: number;
  /** The date the period counts from. */
  readonly reference: string;
  readonly effect: RetentionEffect;
  readonly legalGround: string;
  /** What is left once the period has passed. */
  readonly remains: string;
  /**
   * `job`: the daily retention job (app_privacy_anonymise with this kind as scope). `access-log-upkeep`: the API's
   * monthly partitions of the access log are dropped whole (api/src/db/access-log-partitions.ts), the only way rows
   * leave that log.
   */
  readonly appliedBy: 'job' | 'access-log-upkeep';
}

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    kind: 'ARRANGEMENT',
    data: 'Arrangements with their reports, network plans, waiting-list entries and import references',
    setting: 'RETENTION_ARRANGEMENT_YEARS',
    unit: 'years',
    defaultPeriod: 7,
    min: 1,
    max: 30,
    reference: "the end date of the client's last arrangement with that provider (every arrangement of the client there has ended)",
    effect: 'ANONYMISE',
    legalGround:
      'Archiefwet 1995 art. 5 with the Selectielijst gemeenten en intergemeentelijke organen (Wmo case files); financial accountability: Gemeentewet art. 212-213, Algemene wet inzake rijksbelastingen art. 52 (7 years)',
    remains: 'counts, hours, money, product, status and dates; the client key becomes ANON-<uuid>, free text is removed',
    appliedBy: 'job',
  },
  {
    kind: 'ACCESS_LOG',
    data: 'Access log of who opened which arrangement or document',
    setting: 'ACCESS_LOG_RETENTION_MONTHS',
    unit: 'months',
    defaultPeriod: 60,
    min: 1,
    max: 1200,
    reference: 'the moment of access (per calendar month)',
    effect: 'DELETE',
    legalGround: 'NEN 7513:2018 (logging of access to client data; 5 years, the period commonly applied in Dutch care), AVG art. 32',
    remains: 'nothing: the month is dropped whole',
    appliedBy: 'access-log-upkeep',
  },
  {
    kind: 'AUDIT_LOG',
    data: 'Audit log of every change (before and after values)',
    setting: 'RETENTION_AUDIT_LOG_MONTHS',
    unit: 'months',
    defaultPeriod: 84,
    min: 12,
    max: 1200,
    reference: 'the moment of the change',
    effect: 'ANONYMISE',
    legalGround: 'AVG art. 5(2) (accountability) and NEN 7513:2018; 7 years, as long as the financial records it accounts for',
    remains:
      'the row (who, when, which table, which record, what operation) and the non-personal values; client keys, names, addresses and free text are removed',
    appliedBy: 'job',
  },
  {
    kind: 'OPGAVE_CONTACT',
    data: 'Contact address given with an opgave on the public form',
    setting: 'RETENTION_OPGAVE_CONTACT_MONTHS',
    unit: 'months',
    defaultPeriod: 3,
    min: 1,
    max: 120,
    reference: 'the moment the submission was handled (published, merged or declined)',
    effect: 'ANONYMISE',
    legalGround: 'AVG art. 5(1)(c) and (e): only needed to tell the resident the outcome',
    remains: 'the submission (title, description, area, outcome) without the address',
    appliedBy: 'job',
  },
  {
    kind: 'SURVEY_ANSWER',
    data: "Open answers of the client experience survey (the resident's own words)",
    setting: 'RETENTION_SURVEY_TEXT_MONTHS',
    unit: 'months',
    defaultPeriod: 24,
    min: 1,
    max: 120,
    reference: "the end of the answer's year",
    effect: 'ANONYMISE',
    legalGround: 'AVG art. 5(1)(e); Wmo 2015 art. 2.5.1 (yearly client experience survey)',
    remains: "the scores, provider, product and year (the survey's figures); the open text gives way to the regisseur's masked text, if any",
    appliedBy: 'job',
  },
  {
    kind: 'ACCESS_LINK',
    data: 'Invitations, login links and password reset links (e-mail address, name)',
    setting: 'RETENTION_ACCESS_LINK_DAYS',
    unit: 'days',
    defaultPeriod: 90,
    min: 1,
    max: 3650,
    reference: 'the later of its expiry and its use',
    effect: 'DELETE',
    legalGround: 'AVG art. 5(1)(e) and art. 32 (security)',
    remains: 'nothing; the audit log keeps that a link was made',
    appliedBy: 'job',
  },
  {
    kind: 'LOGIN_ATTEMPT',
    data: 'Login attempts (e-mail address, network address)',
    setting: 'RETENTION_LOGIN_ATTEMPT_DAYS',
    unit: 'days',
    defaultPeriod: 90,
    min: 1,
    max: 3650,
    reference: 'the moment of the attempt',
    effect: 'DELETE',
    legalGround: 'AVG art. 32 (security: detecting attacks on accounts) and art. 5(1)(e)',
    remains: 'nothing',
    appliedBy: 'job',
  },
  {
    kind: 'USER_SESSION',
    data: 'Sessions (browser, network address)',
    setting: 'RETENTION_SESSION_DAYS',
    unit: 'days',
    defaultPeriod: 90,
    min: 1,
    max: 3650,
    reference: 'the end of the session (ended, or its absolute end)',
    effect: 'DELETE',
    legalGround: 'AVG art. 32 (security) and art. 5(1)(e)',
    remains: 'nothing; the audit log keeps when a session started and ended',
    appliedBy: 'job',
  },
  {
    kind: 'OUTGOING_MESSAGE',
    data: 'Outgoing e-mail (address, text)',
    setting: 'RETENTION_OUTGOING_MESSAGE_DAYS',
    unit: 'days',
    defaultPeriod: 180,
    min: 1,
    max: 3650,
    reference: 'the moment it was sent (or, not sent, written)',
    effect: 'ANONYMISE',
    legalGround: 'AVG art. 5(1)(e); kept a while to answer questions about delivery',
    remains: 'the row (kind, subject, status, times) without address and text, so the same message is never sent twice',
    appliedBy: 'job',
  },
  {
    kind: 'IDEMPOTENCY_KEY',
    data: 'Idempotency keys with the first answer to a create request',
    setting: 'RETENTION_IDEMPOTENCY_KEY_DAYS',
    unit: 'days',
    defaultPeriod: 30,
    min: 1,
    max: 365,
    reference: 'the moment of the request',
    effect: 'DELETE',
    legalGround: 'AVG art. 5(1)(c) and (e): only needed while a client may retry',
    remains: 'nothing',
    appliedBy: 'job',
  },
  {
    kind: 'NOTIFICATION',
    data: 'Notifications in the application',
    setting: 'RETENTION_NOTIFICATION_DAYS',
    unit: 'days',
    defaultPeriod: 365,
    min: 7,
    max: 3650,
    reference: 'the moment it was made',
    effect: 'DELETE',
    legalGround: 'AVG art. 5(1)(e)',
    remains: 'nothing',
    appliedBy: 'job',
  },
  {
    kind: 'PRIVACY_REQUEST',
    data: "Residents' requests under the AVG: the compiled inzage document (the client's data itself) and the request's free text (description, case number, decision note)",
    setting: 'RETENTION_PRIVACY_REQUEST_MONTHS',
    unit: 'months',
    defaultPeriod: 24,
    min: 1,
    max: 120,
    reference: 'the day the request was answered',
    effect: 'ANONYMISE',
    legalGround:
      'AVG art. 5(2) and 12 (accountability for how a request was handled), for as long as objection, a complaint to the Autoriteit Persoonsgegevens or appeal can follow (Awb)',
    remains:
      "the request's kind, dates, decision and legal ground, and the document's SHA-256 (what was released can still be proven against a copy)",
    appliedBy: 'job',
  },
];

/** Periods per kind, in each rule's unit (the defaults, or the settings that override them). */
export type RetentionSettings = Readonly<Record<RetentionKind, number>>;

export function retentionRule(kind: RetentionKind): RetentionRule {
  const rule = RETENTION_RULES.find((r) => r.kind === kind);
  if (rule === undefined) throw new Error(`no retention rule for ${kind}`);
  return rule;
}

export const DEFAULT_RETENTION: RetentionSettings = Object.fromEntries(RETENTION_RULES.map((r) => [r.kind, r.defaultPeriod])) as Record<
  RetentionKind,
  number
>;

/** `at` minus a number of calendar years, months or days (UTC); a day past the end of the month lands on its last day. */
export function subtractPeriod(at: Date, amount: number, unit: PeriodUnit): Date {
  if (unit === 'days') return new Date(at.getTime() - amount * 86_400_000);
  const months = unit === 'years' ? amount * 12 : amount;
  const index = at.getUTCFullYear() * 12 + at.getUTCMonth() - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(at.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day, at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()));
}

/** Data whose reference date is before this instant has passed its period. */
export function retentionCutoff(kind: RetentionKind, now: Date, settings: RetentionSettings): Date {
  return subtractPeriod(now, settings[kind], retentionRule(kind).unit);
}

/** Whether data of `kind` with this reference date has passed its period at `now`: strictly before the cutoff. */
export function isExpired(kind: RetentionKind, referenceDate: Date, now: Date, settings: RetentionSettings): boolean {
  return referenceDate.getTime() < retentionCutoff(kind, now, settings).getTime();
}

/** The kinds the daily job applies, in a fixed order (arrangements before the audit log, whose rows they scrub too). */
export const JOB_KINDS: readonly RetentionKind[] = RETENTION_RULES.filter((r) => r.appliedBy === 'job').map((r) => r.kind);
