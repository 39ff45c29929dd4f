import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVACY_TEXTS } from '@regiekamer/texts';
import { ConfigError, retentionConfig } from '../../../config';
import {
  DEFAULT_RETENTION,
  isExpired,
  JOB_KINDS,
  RETENTION_KINDS,
  RETENTION_RULES,
  retentionCutoff,
  subtractPeriod,
  type RetentionKind,
} from '../retention.rules';

const NOW = new Date('2026-11-29T03:00:00Z');
const at = (iso: string): Date => new Date(iso);

describe('subtractPeriod: calendar years, months and days back', () => {
  it.each<[string, number, 'years' | 'months' | 'days', string]>([
    ['2026-11-29T03:00:00Z', 7, 'years', '2019-11-29T03:00:00.000Z'],
    ['2026-11-29T03:00:00Z', 3, 'months', '2026-08-29T03:00:00.000Z'],
    ['2026-11-29T03:00:00Z', 11, 'months', '2025-12-29T03:00:00.000Z'],
    ['2026-11-29T03:00:00Z', 84, 'months', '2019-11-29T03:00:00.000Z'],
    ['2026-05-31T00:00:00Z', 3, 'months', '2026-02-28T00:00:00.000Z'],
    ['2028-02-29T12:00:00Z', 1, 'years', '2027-02-28T12:00:00.000Z'],
    ['2026-03-01T00:00:00Z', 90, 'days', '2025-12-01T00:00:00.000Z'],
    ['2026-01-15T00:00:00Z', 1, 'days', '2026-01-14T00:00:00.000Z'],
  ])('%s minus %d %s is %s', (from, amount, unit, expected) => {
    expect(subtractPeriod(at(from), amount, unit).toISOString()).toBe(expected);
  });
});

describe('isExpired: strictly before the cutoff, per kind and setting', () => {
  it.each<[RetentionKind, string, boolean]>([
    // Arrangements: seven years after the end of the client's last arrangement.
    ['ARRANGEMENT', '2019-11-28T23:59:59Z', true],
    ['ARRANGEMENT', '2019-11-29T03:00:00Z', false],
    ['ARRANGEMENT', '2020-01-01T00:00:00Z', false],
    // Audit log: 84 months.
    ['AUDIT_LOG', '2019-11-29T02:59:59Z', true],
    ['AUDIT_LOG', '2019-11-29T03:00:01Z', false],
    // Contact address: three months after handling.
    ['OPGAVE_CONTACT', '2026-08-28T00:00:00Z', true],
    ['OPGAVE_CONTACT', '2026-08-30T00:00:00Z', false],
    ['SURVEY_ANSWER', '2024-11-29T02:00:00Z', true],
    ['SURVEY_ANSWER', '2025-01-01T00:00:00Z', false],
    ['ACCESS_LINK', '2026-08-31T02:59:59Z', true],
    ['ACCESS_LINK', '2026-08-31T03:00:00Z', false],
    ['LOGIN_ATTEMPT', '2026-08-01T00:00:00Z', true],
    ['USER_SESSION', '2026-11-01T00:00:00Z', false],
    ['OUTGOING_MESSAGE', '2026-06-02T02:59:59Z', true],
    ['OUTGOING_MESSAGE', '2026-06-02T03:00:00Z', false],
    ['IDEMPOTENCY_KEY', '2026-10-30T02:59:59Z', true],
    ['IDEMPOTENCY_KEY', '2026-10-30T03:00:00Z', false],
    ['NOTIFICATION', '2025-11-29T02:00:00Z', true],
    ['NOTIFICATION', '2025-11-30T00:00:00Z', false],
    ['PRIVACY_REQUEST', '2024-11-29T02:59:59Z', true],
    ['PRIVACY_REQUEST', '2024-11-29T03:00:00Z', false],
    ['ACCESS_LOG', '2021-11-29T02:00:00Z', true],
    ['ACCESS_LOG', '2021-11-29T04:00:00Z', false],
  ])('%s with reference %s: %s', (kind, reference, expired) => {
    expect(isExpired(kind, at(reference), NOW, DEFAULT_RETENTION)).toBe(expired);
  });

  it('follows the setting that overrides the period', () => {
    const settings = { ...DEFAULT_RETENTION, ARRANGEMENT: 10, IDEMPOTENCY_KEY: 1 };
    expect(isExpired('ARRANGEMENT', at('2018-01-01T00:00:00Z'), NOW, settings)).toBe(false);
    expect(isExpired('ARRANGEMENT', at('2016-11-28T00:00:00Z'), NOW, settings)).toBe(true);
    expect(retentionCutoff('IDEMPOTENCY_KEY', NOW, settings).toISOString()).toBe('2026-11-28T03:00:00.000Z');
  });
});

describe('the schedule', () => {
  it('has one rule per kind, with a setting, a legal ground and what remains', () => {
    expect(RETENTION_RULES.map((r) => r.kind)).toEqual([...RETENTION_KINDS]);
    for (const rule of RETENTION_RULES) {
      expect(rule.setting).toMatch(/^[A-Z_]+$/);
      expect(rule.legalGround.length).toBeGreaterThan(10);
      expect(rule.remains.length).toBeGreaterThan(3);
      expect(rule.defaultPeriod).toBeGreaterThanOrEqual(rule.min);
      expect(rule.defaultPeriod).toBeLessThanOrEqual(rule.max);
    }
    expect(new Set(RETENTION_RULES.map((r) => r.setting)).size).toBe(RETENTION_RULES.length);
  });

  it('is applied by the job for every kind but the access log (its partitions), arrangements before the audit log', () => {
    expect(JOB_KINDS).not.toContain('ACCESS_LOG');
    expect(JOB_KINDS).toHaveLength(RETENTION_RULES.length - 1);
    expect(JOB_KINDS.indexOf('ARRANGEMENT')).toBeLessThan(JOB_KINDS.indexOf('AUDIT_LOG'));
  });

  it('agrees with docs/retention.md: every kind, its period and its setting', () => {
    const doc = readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', 'docs', 'retention.md'), 'utf8');
    for (const rule of RETENTION_RULES) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${rule.kind} |`));
      expect(row).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      expect(cells[3]).toBe(`${rule.defaultPeriod} ${rule.unit}`);
      expect(cells[4]).toBe(`\`${rule.setting}\``);
      expect(cells[6]).toBe(rule.effect.toLowerCase());
      expect(cells[7]).toBe(rule.legalGround);
    }
    const documented = doc.split('\n').filter((line) => /^\| [A-Z_]+ \|/.test(line) && !line.startsWith('| Kind'));
    expect(documented).toHaveLength(RETENTION_RULES.length);
  });
});

describe('retentionConfig: the periods from their settings', () => {
  it('takes the defaults, and a setting within bounds', () => {
    expect(retentionConfig({})).toEqual({ periods: DEFAULT_RETENTION, at: '03:00', batchSize: 1000 });
    expect(retentionConfig({ RETENTION_ARRANGEMENT_YEARS: '10', RETENTION_AT: '02:30' }).periods.ARRANGEMENT).toBe(10);
    expect(retentionConfig({ ACCESS_LOG_RETENTION_MONTHS: '72' }).periods.ACCESS_LOG).toBe(72);
  });

  it.each([
    ['RETENTION_ARRANGEMENT_YEARS', '0'],
    ['RETENTION_AUDIT_LOG_MONTHS', 'seven'],
    ['RETENTION_NOTIFICATION_DAYS', '3'],
    ['RETENTION_AT', '3 uur'],
    ['RETENTION_BATCH_SIZE', '0'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => retentionConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => retentionConfig({ [name]: value })).toThrow(name);
  });
});

describe('the privacy statement tells the default periods of the schedule', () => {
  const statement = PRIVACY_TEXTS.howLong.join(' ');
  // The statement is written for residents (B1): a period in its largest whole unit, as a resident would say it.
  const told: readonly [RetentionKind, string][] = [
    ['ARRANGEMENT', '7 jaar'],
    ['ACCESS_LOG', '5 jaar'],
    ['AUDIT_LOG', '7 jaar'],
    ['OPGAVE_CONTACT', '3 maanden'],
    ['SURVEY_ANSWER', '2 jaar'],
    ['ACCESS_LINK', '90 dagen'],
    ['PRIVACY_REQUEST', '2 jaar'],
  ];
  const spoken = (kind: RetentionKind): string => {
    const rule = RETENTION_RULES.find((r) => r.kind === kind);
    if (!rule) throw new Error(kind);
    const { unit, defaultPeriod } = rule;
    if (unit === 'months' && defaultPeriod % 12 === 0) return `${String(defaultPeriod / 12)} jaar`;
    return `${String(defaultPeriod)} ${unit === 'years' ? 'jaar' : unit === 'months' ? 'maanden' : 'dagen'}`;
  };
  it.each(told)('%s: %s', (kind, words) => {
    expect(spoken(kind)).toBe(words);
    expect(statement).toContain(words);
  });
});
