import { deactivateProblems, providerFieldProblems } from '../provider.rules';

const codes = (problems: { code: string; field: string | null }[]) => problems.map((p) => [p.code, p.field]);

describe('providerFieldProblems', () => {
  it.each([
    ['a valid provider', { name: 'Buurtzorg', kvkNumber: '12345678', agbCode: '87654321' }, []],
    ['no AGB code', { name: 'Buurtzorg', kvkNumber: '12345678', agbCode: null }, []],
    ['fields not given (an update)', {}, []],
    ['an empty name', { name: '  ' }, [['INVALID_INPUT', 'input.name']]],
    ['a name of 201 characters', { name: 'x'.repeat(201) }, [['INVALID_INPUT', 'input.name']]],
    ['a KvK number of 7 digits', { kvkNumber: '1234567' }, [['INVALID_INPUT', 'input.kvkNumber']]],
    ['a KvK number with letters', { kvkNumber: '1234567A' }, [['INVALID_INPUT', 'input.kvkNumber']]],
    ['an AGB code of 9 digits', { agbCode: '123456789' }, [['INVALID_INPUT', 'input.agbCode']]],
  ])('%s', (_, input, expected) => {
    expect(codes(providerFieldProblems(input))).toEqual(expected);
  });
});

describe('deactivateProblems', () => {
  it.each([
    [true, 'Gestopt', []],
    [true, ' ', [['INVALID_INPUT', 'input.reason']]],
    [true, 'x'.repeat(2001), [['INVALID_INPUT', 'input.reason']]],
    [false, 'Gestopt', [['INVALID_STATE', 'input.providerId']]],
  ])('active %s, reason %j', (active, reason, expected) => {
    expect(codes(deactivateProblems({ active }, reason))).toEqual(expected);
  });
});
