import { DEFAULT_HOURS_NORM, hoursNormProblem, isConcluded, loggedHoursProblem, overNorm } from '../atelier.rules';

describe('a facilitator spends about 30 hours per atelier: the norm', () => {
  it('is 30 hours unless an atelier sets its own', () => {
    expect(DEFAULT_HOURS_NORM).toBe(30);
  });

  it.each([
    [30, null],
    [0.5, null],
    [1000, null],
    [0, 'Must be more than 0 and at most 1000.'],
    [-1, 'Must be more than 0 and at most 1000.'],
    [1000.01, 'Must be more than 0 and at most 1000.'],
  ])('a norm of %d: %p', (norm, problem) => {
    expect(hoursNormProblem(norm)).toBe(problem);
  });
});

describe('an atelier is over budget once the logged hours exceed its norm', () => {
  it.each([
    [0, 30, false],
    [29.75, 30, false],
    [30, 30, false],
    [30.25, 30, true],
    [12, 10, true],
  ])('%d hours logged against %d: %p', (logged, norm, over) => {
    expect(overNorm(logged, norm)).toBe(over);
  });
});

describe('hours are logged per entry: more than 0, at most a day, in hundredths', () => {
  it.each([
    [2.5, null],
    [0.01, null],
    [24, null],
    [0, 'Must be more than 0 and at most 24.'],
    [24.01, 'Must be more than 0 and at most 24.'],
    [Number.NaN, 'Must be more than 0 and at most 24.'],
    [1.005, 'At most two decimals.'],
  ])('%d hours: %p', (hours, problem) => {
    expect(loggedHoursProblem(hours)).toBe(problem);
  });
});

describe('an atelier is concluded once it has its outcome: no more hours or meetings', () => {
  it.each([
    [null, false],
    ['Een buurtmaaltijd.', true],
  ])('outcome %p: concluded %p', (outcome, concluded) => {
    expect(isConcluded({ outcome })).toBe(concluded);
  });
});
