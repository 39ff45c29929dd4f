import { problemForViolation } from '../constraint-problems';

describe('problemForViolation', () => {
  it.each([
    [
      { code: '23514', constraint: 'arrangement_report_cost_bound' },
      { code: 'AMOUNT_OUT_OF_RANGE', field: 'input.costCents' },
    ],
    [
      { code: '23505', constraint: 'quarter_report_plan_quarter_key' },
      { code: 'DUPLICATE', field: 'input.quarter' },
    ],
    [
      { code: '23514', message: 'arrangement_report is append-only' },
      { code: 'INVALID_STATE', field: null },
    ],
    [
      { code: '23514', message: 'the parties of a convenant that is IN_FORCE cannot change' },
      { code: 'INVALID_STATE', field: 'id' },
    ],
    [
      { code: '23503', constraint: 'FK_0123456789abcdef' },
      { code: 'NOT_FOUND', field: null },
    ],
    [
      { code: '23505', constraint: 'some_new_key' },
      { code: 'DUPLICATE', field: null },
    ],
    [
      { code: '23502', column: 'hours_per_week' },
      { code: 'INVALID_INPUT', field: 'input.hoursPerWeek' },
    ],
    [
      { code: '23514', constraint: 'some_new_check' },
      { code: 'INVALID_INPUT', field: null },
    ],
  ])('%j -> %j', (error, expected) => {
    expect(problemForViolation(error)).toMatchObject(expected);
  });

  it.each([[{ code: '57014' }], [{ code: '42P01' }], [new Error('boom')], [null], ['23505']])(
    'is null for anything but an integrity violation: %j',
    (error) => {
      expect(problemForViolation(error)).toBeNull();
    },
  );
});
