import { OverlegKind, OverlegStatus } from '../../overleg/overleg.entity';
import { decidingOverlegProblem, MINORITY_POSITION_REQUIRED, minorityPositionMissing } from '../decision.rules';

describe('a decision taken by vote keeps the minority position of its losing side, whichever side that is', () => {
  it.each<[number | null, string | null | undefined, boolean]>([
    [0, undefined, false],
    [0, null, false],
    [null, null, false],
    [1, 'Wij willen eerst de buurt horen.', false],
    [1, undefined, true],
    [1, null, true],
    [3, '', true],
    [3, '   ', true],
    // All white space counts as nothing, also where the database's btrim would only strip spaces.
    [3, '\t\n\u00a0', true],
  ])('%p on the losing side, minority position %j: missing %p', (minority, position, missing) => {
    expect(minorityPositionMissing(minority, position)).toBe(missing);
  });

  it('is refused with its own code on the minority position', () => {
    expect(MINORITY_POSITION_REQUIRED).toMatchObject({ code: 'MINORITY_POSITION_REQUIRED', field: 'input.minorityPosition' });
  });
});

describe("a proposal's decision is taken in a beleidsoverleg, or an ad hoc meeting when urgent, held by its date", () => {
  const meeting = (kind: OverlegKind, heldOn = '2026-06-05', status = OverlegStatus.PLANNED) => ({ kind, heldOn, status });
  it.each([
    ['a beleidsoverleg before the decision', meeting(OverlegKind.BELEIDSOVERLEG), false, null],
    ['a beleidsoverleg on the day', meeting(OverlegKind.BELEIDSOVERLEG, '2026-06-10'), false, null],
    ['an ad hoc meeting for an urgent proposal', meeting(OverlegKind.AD_HOC), true, null],
    ['a beleidsoverleg for an urgent proposal', meeting(OverlegKind.BELEIDSOVERLEG), true, null],
    ['none', null, false, 'Name the overleg where the decision was taken.'],
    [
      'a beleidsoverleg a month after the decision',
      meeting(OverlegKind.BELEIDSOVERLEG, '2026-07-10'),
      false,
      'The overleg is held after the date of the decision.',
    ],
    ['the podium', meeting(OverlegKind.PODIUM), false, 'A proposal is decided in a beleidsoverleg.'],
    ['an ad hoc meeting for a proposal that is not urgent', meeting(OverlegKind.AD_HOC), false, 'A proposal is decided in a beleidsoverleg.'],
    [
      'the podium for an urgent proposal',
      meeting(OverlegKind.PODIUM),
      true,
      'An urgent proposal is decided in a beleidsoverleg or an ad hoc meeting.',
    ],
    [
      'a beleidsoverleg that was called off',
      meeting(OverlegKind.BELEIDSOVERLEG, '2026-06-05', OverlegStatus.CANCELLED),
      false,
      'This overleg was called off.',
    ],
  ])('%s: %p', (_, overleg, urgent, message) => {
    expect(decidingOverlegProblem(overleg, urgent, '2026-06-10')?.message ?? null).toBe(message);
  });
});
