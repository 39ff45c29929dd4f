import { WaitingPriority } from '../waiting-list.entity';
import { compareWaiting, daysWaited, DEFAULT_WAITING_NORM_DAYS, normaliseNote, pastNorm } from '../waiting-list.rules';
import { waitingSeverity } from '../../attention/attention.rules';

describe('days waited: from the request to today', () => {
  it.each([
    ['2026-06-15', '2026-06-15', 0],
    ['2026-06-14', '2026-06-15', 1],
    ['2026-05-01', '2026-06-15', 45],
    ['2026-06-16', '2026-06-15', 0],
  ])('%s to %s: %i', (requestedOn, today, days) => {
    expect(daysWaited(requestedOn, today)).toBe(days);
  });
});

describe('the norm: six weeks unless set; exactly the norm is still within it', () => {
  it('is 42 days by default', () => {
    expect(DEFAULT_WAITING_NORM_DAYS).toBe(42);
  });
  it.each([
    [41, 42, false],
    [42, 42, false],
    [43, 42, true],
  ])('%i days against %i: %p', (days, norm, past) => {
    expect(pastNorm(days, norm)).toBe(past);
  });
  it.each([
    [43, 42, 'WARNING'],
    [83, 42, 'WARNING'],
    [84, 42, 'URGENT'],
  ])('longest %i against %i: %s', (longest, norm, severity) => {
    expect(waitingSeverity(longest, norm)).toBe(severity);
  });
});

describe('the order of the list: priority, then the longest wait, then the oldest request', () => {
  it('puts urgent first and the longest wait first within a priority', () => {
    const rows = [
      { id: 1, priority: WaitingPriority.NORMAL, daysWaited: 80 },
      { id: 2, priority: WaitingPriority.URGENT, daysWaited: 3 },
      { id: 3, priority: WaitingPriority.HIGH, daysWaited: 10 },
      { id: 4, priority: WaitingPriority.NORMAL, daysWaited: 90 },
      { id: 5, priority: WaitingPriority.NORMAL, daysWaited: 80 },
    ];
    expect([...rows].sort(compareWaiting).map((r) => r.id)).toEqual([2, 3, 4, 1, 5]);
  });
});

describe('notes', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['  ', null],
    ['  Belt terug  ', 'Belt terug'],
  ])('note %p is stored as %p', (note, stored) => {
    expect(normaliseNote(note)).toBe(stored);
  });
});
