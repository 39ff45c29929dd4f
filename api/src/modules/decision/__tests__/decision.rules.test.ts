import { MINORITY_POSITION_REQUIRED, minorityPositionMissing } from '../decision.rules';

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
