import {
  HIGHEST_RUNG,
  losingOpgaven,
  LOWEST_RUNG,
  minorityWisdomMissing,
  minorityWisdomText,
  rankBallots,
  selectionDecisionText,
  tiedForLastSeat,
} from '../participation.rules';

const ballots = (...votes: number[]) => votes.map((v, i) => ({ id: i + 1, votes: v }));

describe('a majority decision picks a manageable number of opgaven: the ballot count ranks them', () => {
  it.each([
    [[3], [[1, 3, 1]]],
    [
      [2, 7, 5],
      [
        [2, 7, 1],
        [3, 5, 2],
        [1, 2, 3],
      ],
    ],
    // Equal votes share a rank, and the next rank skips: 1, 2, 2, 4.
    [
      [9, 4, 4, 1],
      [
        [1, 9, 1],
        [2, 4, 2],
        [3, 4, 2],
        [4, 1, 4],
      ],
    ],
    [
      [0, 0],
      [
        [1, 0, 1],
        [2, 0, 1],
      ],
    ],
  ])('votes %j rank as [id, votes, rank] %j', (votes, expected) => {
    expect(rankBallots(ballots(...votes)).map((b) => [b.id, b.votes, b.rank])).toEqual(expected);
  });
});

describe('a tie for the last seat is reported for a new vote, never broken by chance', () => {
  it.each([
    [[9, 4, 1], 2, []],
    [[9, 4, 4, 1], 2, [2, 3]],
    [[9, 4, 4, 1], 3, []],
    [[5, 5, 5], 1, [1, 2, 3]],
    // Every opgave on the ballot gets a seat: nobody is left out, so there is no tie.
    [[5, 5], 2, []],
  ])('votes %j, %i seats: tied %j', (votes, seats, tied) => {
    expect(tiedForLastSeat(rankBallots(ballots(...votes)), seats).map((b) => b.id)).toEqual(tied);
  });
});

describe("the minority's wisdom is added to the decision, one line per opgave, in the order of the count", () => {
  it.each([
    [[], null],
    [[{ title: 'Vervoer', wisdom: undefined }], null],
    [
      [
        { title: 'Eenzaamheid', wisdom: undefined },
        { title: 'Vervoer', wisdom: 'Zonder vervoer komt niemand.' },
        { title: 'Wonen', wisdom: 'Eerst de huizen.' },
      ],
      'Vervoer: Zonder vervoer komt niemand.\nWonen: Eerst de huizen.',
    ],
  ])('%j -> %p', (ranked, text) => {
    expect(minorityWisdomText(ranked)).toBe(text);
  });
});

describe('the selection decision says, in Dutch, how many of how many opgaven were chosen and which', () => {
  it.each<[number, number, string[], string]>([
    [2, 4, ['Eenzaamheid', 'Vervoer'], 'Gekozen bij meerderheid van stemmen: 2 van de 4 opgaven, Eenzaamheid; Vervoer.'],
    [1, 1, ['Ontmoeten'], 'Gekozen bij meerderheid van stemmen: 1 van de 1 opgave, Ontmoeten.'],
  ])('%i of %i', (seats, onBallot, titles, text) => {
    expect(selectionDecisionText(seats, onBallot, titles)).toBe(text);
  });
});

describe('every opgave stands on a rung of the ladder of ownership, from talking about residents to doing together', () => {
  it('has five rungs', () => {
    expect([LOWEST_RUNG, HIGHEST_RUNG]).toEqual([1, 5]);
  });
});

describe("whenever a selection has a losing side, the minority's wisdom is required", () => {
  const ranked = (votes: number[]) => votes.map((v, i) => ({ id: i + 1, votes: v }));
  it.each([
    ['10–9, one seat', [10, 9], 1, [2]],
    ['a clean sweep: the others got no votes', [19, 0], 1, []],
    ['both chosen', [10, 9], 2, []],
    ['3 of 4, the last with votes', [5, 4, 3, 1], 3, [4]],
  ])('%s: the losing opgaven are %j', (_, votes, seats, losing) => {
    expect(losingOpgaven(ranked(votes), seats).map((b) => b.id)).toEqual(losing);
  });

  it.each([
    [[{ id: 2 }], new Map<number, string>(), true],
    [[{ id: 2 }], new Map([[2, 'Wijsheid']]), false],
    [[{ id: 2 }], new Map([[1, 'Over de winnaar']]), false],
    [[], new Map<number, string>(), false],
  ])('losing %j with wisdom %p: missing %p', (losing, wisdom, missing) => {
    expect(minorityWisdomMissing(losing, wisdom)).toBe(missing);
  });
});
