import { describe, expect, test } from '@jest/globals';
import { attentionLink, attentionText, type AttentionItem } from '../attention-text';

const item = (over: Partial<AttentionItem>): AttentionItem => ({
  kind: 'ACTION_OVERDUE',
  reason: 'OVERDUE',
  severity: 'WARNING',
  subjectId: 'QWN0aW9uOjE',
  title: 'Wachtlijst uitzoeken',
  provider: null,
  dueOn: null,
  daysLate: null,
  count: null,
  ratio: null,
  figure: null,
  threshold: null,
  ...over,
});
const zorg = { id: 'UHJvdmlkZXI6MQ', name: 'Zorggroep' };

describe('attentionText: one Dutch sentence per kind', () => {
  test.each<[Partial<AttentionItem>, string]>([
    [
      { kind: 'PROPOSAL_OVERDUE', reason: 'PERSPECTIVES', title: 'Buurtkamer', daysLate: 1 },
      'Voorstel “Buurtkamer”: de standpunten zijn te laat (1 dag te laat)',
    ],
    [
      { kind: 'PROPOSAL_OVERDUE', reason: 'FEEDBACK', title: 'Buurtkamer', daysLate: 3 },
      'Voorstel “Buurtkamer”: de terugkoppeling aan bewoners is te laat (3 dagen te laat)',
    ],
    [
      { kind: 'CONVENANT_UNSIGNED', reason: 'MUNICIPALITY', title: 'Convenant 2026', dueOn: '2026-07-01' },
      'Convenant 2026: de gemeente heeft nog niet getekend (ingang 1 juli 2026)',
    ],
    [
      { kind: 'CONVENANT_UNSIGNED', reason: 'PROVIDER', title: 'Convenant 2026', provider: zorg },
      'Convenant 2026: Zorggroep heeft nog niet getekend',
    ],
    [{ dueOn: '2026-06-01', daysLate: 14 }, 'Actie “Wachtlijst uitzoeken”: moest klaar zijn op 1 juni 2026 (14 dagen te laat)'],
    [
      { kind: 'BUDGET_USE', reason: 'BUDGET_EXCEEDED', title: 'Zorggroep', provider: zorg, ratio: 1.5 },
      'Jaarplan Zorggroep: het budget is op (150% gebruikt)',
    ],
    [
      { kind: 'BUDGET_USE', reason: 'BUDGET_AHEAD_OF_PACE', title: 'Convenant 2026', ratio: 0.6 },
      'Convenant 2026: de uitgaven lopen voor op het jaar (60% gebruikt)',
    ],
    [
      { kind: 'REPORTS_MISSING', reason: 'NO_REPORT_LAST_MONTH', title: 'Zorggroep', count: 12, dueOn: '2026-10-31' },
      'Zorggroep: 12 lopende arrangementen zonder rapportage over oktober 2026',
    ],
    [
      { kind: 'COUNCIL_CHECK_OVERDUE', reason: 'OVERDUE', title: 'Buurtkamer', dueOn: '2026-06-14', daysLate: 2 },
      'Voorstel “Buurtkamer”: de toets van de cliëntenraad is te laat (2 dagen te laat)',
    ],
    [
      { kind: 'WAITING_OVER_NORM', reason: 'PAST_WAITING_NORM', title: 'Zorggroep', count: 2, daysLate: 33 },
      'Zorggroep: 2 aanvragen wachten langer dan de wachtnorm (33 dagen te laat)',
    ],
    [
      { kind: 'OUTCOME_THRESHOLD_CROSSED', reason: 'RE_REQUEST_RATE', title: 'Zorggroep', count: 5, figure: 0.4, threshold: 0.3 },
      'Zorggroep: Opnieuw aangevraagd binnen zes maanden is 40%, boven de drempel van 30% (laatste twaalf maanden, 5 gevallen)',
    ],
    [
      { kind: 'OUTCOME_THRESHOLD_CROSSED', reason: 'MEDIAN_DURATION_OVER_NORM', title: 'Zorggroep', count: 6, figure: 151.5, threshold: 100 },
      'Zorggroep: Mediane duur boven de duurnorm is 152 dagen boven de norm, boven de drempel van 100 dagen boven de norm (laatste twaalf maanden, 6 gevallen)',
    ],
  ])('%p', (over, text) => {
    expect(attentionText(item(over)).replace(/\u00a0/g, ' ')).toBe(text);
  });
});

describe('attentionLink', () => {
  test('a proposal opens its page; a representative has no page for a budget, so no link', () => {
    expect(attentionLink(item({ kind: 'PROPOSAL_OVERDUE', subjectId: 'abc' }), 'REGISSEUR')).toBe('/voorstellen/abc');
    expect(attentionLink(item({ kind: 'BUDGET_USE', provider: zorg }), 'REGISSEUR')).toBe(`/aanbieders/${zorg.id}`);
    expect(attentionLink(item({ kind: 'BUDGET_USE', provider: zorg }), 'PROVIDER_REP')).toBeNull();
    expect(attentionLink(item({ kind: 'REPORTS_MISSING' }), 'PROVIDER_REP')).toBe('/arrangementen?status=ACTIVE');
    expect(attentionLink(item({ kind: 'REPORTS_MISSING', subjectId: 'p1' }), 'REGISSEUR')).toBe('/aanbieders/p1');
    expect(attentionLink(item({ kind: 'ACTION_OVERDUE' }), 'REGISSEUR')).toBe('/acties?status=OPEN&telaat=ja');
    expect(attentionLink(item({ kind: 'COUNCIL_CHECK_OVERDUE', subjectId: 'abc' }), 'REGISSEUR')).toBe('/voorstellen/abc');
    expect(attentionLink(item({ kind: 'WAITING_OVER_NORM' }), 'PROVIDER_REP')).toBe('/wachtlijst');
    expect(attentionLink(item({ kind: 'WAITING_OVER_NORM' }), 'ADMIN')).toBeNull();
  });
});
