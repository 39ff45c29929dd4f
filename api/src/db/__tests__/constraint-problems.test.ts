import { MINORITY_POSITION_REQUIRED } from '../../modules/decision/decision.rules';
import { hoursNormProblem, loggedHoursProblem } from '../../modules/atelier/atelier.rules';
import { CONSTRAINT_RULES, problemForViolation } from '../constraint-problems';

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

/** A CHECK violation as node-postgres reports it. */
const violation = (constraint: string) => ({ code: '23514', constraint, message: `new row violates check constraint "${constraint}"` });

/**
 * The rules that the database guards as well: its refusal carries the code (and field) the rule in TypeScript gives,
 * so a path that slips past a service answers what the service would have answered.
 */
describe('a rule the database also guards answers with the same code as the rule', () => {
  it.each([
    ['decision_minority_check', MINORITY_POSITION_REQUIRED.code, MINORITY_POSITION_REQUIRED.field],
    ['atelier_hours_norm_check', 'INVALID_INPUT', 'input.hoursNorm'],
    ['atelier_hours_hours_check', 'INVALID_INPUT', 'input.hours'],
    ['opgave_rung_check', 'INVALID_INPUT', 'input.ownershipRung'],
    ['opgave_selection_votes_check', 'INVALID_INPUT', 'input.ballots'],
    ['opgave_selection_decision_opgave_key', 'INVALID_INPUT', 'input.ballots'],
    ['funding_agreement_period_check', 'INVALID_INPUT', 'input.periodEnd'],
    ['arrangement_report_hours_bound', 'HOURS_OUT_OF_RANGE', 'input.hoursDelivered'],
  ])('%s: %s on %s', (constraint, code, field) => {
    expect(problemForViolation(violation(constraint))).toMatchObject({ code, field });
  });

  it('the minority rule: the very refusal of the service, message and all', () => {
    expect(problemForViolation(violation('decision_minority_check'))).toEqual(MINORITY_POSITION_REQUIRED);
  });

  it("the atelier norm's bounds: the database's message is the rule's", () => {
    expect(CONSTRAINT_RULES.atelier_hours_norm_check?.message).toBe(hoursNormProblem(0));
    expect(CONSTRAINT_RULES.atelier_hours_hours_check?.message).toBe(loggedHoursProblem(0));
  });
});
