import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { BACKUP_AGE, REPLICA_LAG, setGaugeSource } from '../../api/src/observability/metrics';
import { declares, scrape, valueOf, type Exposition } from '../support/prometheus';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The Prometheus rule file an operator loads (ops/prometheus/regiekamer-alerts.yml): every expression names only
 * metrics a running API exposes at /metrics, and every alert says what it is, what it means and where its runbook is.
 */
const root = path.join(__dirname, '..', '..');
const RULES = path.join(root, 'ops', 'prometheus', 'regiekamer-alerts.yml');
const OPERATIONS = path.join(root, 'docs', 'operations.md');
const TOKEN = 'alert-rules-test-token-0123456789';

interface Rule {
  alert?: string;
  record?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
const rules = (parse(readFileSync(RULES, 'utf8')) as { groups: { name: string; rules: Rule[] }[] }).groups.flatMap((g) => g.rules);

/** PromQL's functions, aggregations and keywords: the other identifiers in an expression are metric names. */
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

/** The metric names in a PromQL expression (label matchers, ranges, strings and grouping labels left out). */
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const match of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)) {
    const name = match[0];
    const after = bare.slice(match.index + name.length).trimStart();
    if (after.startsWith('(') || KEYWORDS.has(name.toLowerCase())) continue;
    names.add(name);
  }
  return [...names];
}

/** GitHub's anchor of a Markdown heading. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

let t: TestApp;
let exposition: Exposition;

beforeAll(async () => {
  t = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
  // What the replica and backup parts provide: here fixed values, so that the gauges have a sample to read.
  setGaugeSource(REPLICA_LAG, () => Promise.resolve(1.5));
  setGaugeSource(BACKUP_AGE, () => Promise.resolve(3600));
  // A request of each kind the rules read, so that the histograms have series.
  await t.gql(`query Me { me { id } }`, {}, await t.login('regisseur'));
  exposition = await scrape(t.app.url, TOKEN);
}, 120_000);
afterAll(async () => {
  setGaugeSource(REPLICA_LAG, null);
  setGaugeSource(BACKUP_AGE, null);
  await t.close();
});

describe('the alert rules', () => {
  it('has the alerts the runbook promises', () => {
    expect(rules.map((r) => r.alert)).toEqual(
      expect.arrayContaining([
        'RegiekamerHigh5xxRate',
        'RegiekamerSlowRequests',
        'RegiekamerDatabasePoolExhausted',
        'RegiekamerJobsFailed',
        'RegiekamerReplicaLagging',
        'RegiekamerBackupTooOld',
      ]),
    );
    const backup = rules.find((r) => r.alert === 'RegiekamerBackupTooOld');
    expect(backup?.expr).toMatch(/> 26 \* 3600/);
  });

  it('reads metric names from PromQL as the test means to', () => {
    expect(metricNames('sum by (le) (rate(a_bucket{x=~"5.."}[5m])) / sum(rate(b_count[5m])) > 0.05 and c > 1')).toEqual(['a_bucket', 'b_count', 'c']);
    expect(metricNames('histogram_quantile(0.99, sum by (le, instance) (rate(x_bucket{outcome!="error"}[10m]))) > 2')).toEqual(['x_bucket']);
  });

  it.each(rules.map((r) => [r.alert ?? r.record ?? '?', r] as const))('%s names only metrics that /metrics exposes', (_name, rule) => {
    const names = metricNames(rule.expr);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect([name, declares(exposition, name)]).toEqual([name, true]);
  });

  it.each(rules.map((r) => [r.alert ?? '?', r] as const))('%s has a summary, a description and a runbook in docs/operations.md', (_name, rule) => {
    expect(rule.annotations?.summary).toEqual(expect.any(String));
    expect(rule.annotations?.description).toEqual(expect.any(String));
    expect(rule.labels?.severity).toMatch(/^(critical|warning)$/);
    const runbook = rule.annotations?.runbook_url ?? '';
    expect(runbook).toMatch(/^docs\/operations\.md#[a-z0-9-]+$/);
    const anchors = readFileSync(OPERATIONS, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => anchorOf(l.replace(/^#+/, '')));
    expect(anchors).toContain(runbook.split('#')[1]);
  });

  it('finds the gauges other parts provide once they have a source', () => {
    expect(valueOf(exposition, 'regiekamer_db_replica_lag_seconds')).toBe(1.5);
    expect(valueOf(exposition, 'regiekamer_backup_last_success_age_seconds')).toBe(3600);
  });
});
