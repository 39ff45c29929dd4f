import { describe, expect, test } from '@jest/globals';
import { axisLabels, labelStep } from '../axis-labels';

const SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const FULL = SHORT.map((m) => `${m} 2026`);

describe('labelStep', () => {
  test('each label when there is room, every other or fewer as the room shrinks', () => {
    expect(labelStep(60, 3)).toBe(1);
    expect(labelStep(20, 3)).toBe(2);
    expect(labelStep(23, 8)).toBe(3);
    expect(labelStep(0, 8)).toBe(1);
  });

  test('the labels written are never closer than their width', () => {
    for (const space of [10, 17, 23.5, 31, 49, 80]) {
      for (const chars of [3, 8, 12]) expect(labelStep(space, chars) * space).toBeGreaterThanOrEqual(chars * 7.5 + 8);
    }
  });
});

describe('axisLabels', () => {
  test('wide: the full labels, each of them', () => {
    expect(axisLabels(FULL, 900, SHORT)).toEqual({ labels: FULL, step: 1 });
  });

  test('on a phone (about 260 px for twelve months): the short labels, every other one, as on the home page', () => {
    expect(axisLabels(FULL, 258, SHORT)).toEqual({ labels: SHORT, step: 2 });
    expect(axisLabels(SHORT, 258)).toEqual({ labels: SHORT, step: 2 });
  });

  test('without short labels the full ones are thinned out until they fit', () => {
    expect(axisLabels(FULL, 258)).toEqual({ labels: FULL, step: 3 });
    const many = [...FULL, ...FULL];
    const { step } = axisLabels(many, 258);
    expect(step * (258 / (many.length - 1))).toBeGreaterThanOrEqual(8 * 7.5 + 8);
  });

  test('one category: its label, whatever the width', () => {
    expect(axisLabels(['dec 2026'], 258, ['dec'])).toEqual({ labels: ['dec 2026'], step: 1 });
  });
});
