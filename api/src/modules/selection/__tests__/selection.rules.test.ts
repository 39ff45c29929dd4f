import { createPseudonymizer } from '../../../shared/pseudonym';
import {
  ballotKey,
  ballotProblem,
  cancelProblem,
  combinedTally,
  losingKeys,
  paperLosingSide,
  publishedWisdom,
  roundDecisionText,
  roundStatus,
  RoundStatus,
  wisdomKey,
} from '../selection.rules';

describe('a round is open, counted, then decided', () => {
  const at = new Date('2026-06-15T10:00:00Z');
  it.each([
    [null, null, RoundStatus.OPEN],
    [at, null, RoundStatus.COUNTED],
    [at, 7, RoundStatus.DECIDED],
  ])('closed %s, decision %s: %s', (closedAt, decisionId, status) => {
    expect(roundStatus({ closedAt, decisionId })).toBe(status);
  });

  it('cancelled: closed without a decision, whatever else it holds', () => {
    expect(roundStatus({ closedAt: at, decisionId: null, cancelledAt: at })).toBe(RoundStatus.CANCELLED);
    expect(roundStatus({ closedAt: at, decisionId: null, cancelledAt: null })).toBe(RoundStatus.COUNTED);
  });
});

describe('only an open round is cancelled (one stuck on a tie stays open)', () => {
  it.each([
    [RoundStatus.OPEN, null],
    [RoundStatus.COUNTED, 'Only an open round is cancelled: this one is counted or decided already.'],
    [RoundStatus.DECIDED, 'Only an open round is cancelled: this one is counted or decided already.'],
    [RoundStatus.CANCELLED, 'This round is cancelled already.'],
  ])('%s: %p', (status, problem) => {
    expect(cancelProblem(status)?.message ?? null).toBe(problem);
  });
});

describe('a ballot holds one to `seats` different opgaven', () => {
  it.each([
    [[], 2, 'Choose at least one opgave.'],
    [[1], 2, null],
    [[1, 2], 2, null],
    [[1, 2, 3], 2, 'Choose at most 2.'],
    [[1, 1], 2, 'An opgave is chosen twice.'],
  ])('%j with %i seats: %s', (ids, seats, problem) => {
    expect(ballotProblem(ids, seats)).toBe(problem);
  });
});

describe('ballot keys: only the server key reproduces them, one per voter and round, unlike the wisdom key', () => {
  const hash = createPseudonymizer('a-server-secret-of-at-least-32-characters');
  const other = createPseudonymizer('another-server-secret-of-32-characters!!');
  it.each([
    ['the same voter and round give the same key', () => ballotKey(hash, 1, 5) === ballotKey(hash, 1, 5), true],
    ['another voter gives another key', () => ballotKey(hash, 1, 5) === ballotKey(hash, 1, 6), false],
    ['another round gives another key', () => ballotKey(hash, 1, 5) === ballotKey(hash, 2, 5), false],
    ['another server key gives another key', () => ballotKey(hash, 1, 5) === ballotKey(other, 1, 5), false],
    ["the wisdom key is not the ballot's", () => ballotKey(hash, 1, 5) === wisdomKey(hash, 1, 5), false],
  ])('%s', (_what, compare, equal) => {
    expect(compare()).toBe(equal);
  });
  it('does not contain the user id', () => {
    expect(ballotKey(hash, 1, 123456)).not.toContain('123456');
  });
});

describe('the count adds ballots and paper per opgave', () => {
  it.each([
    [[{ opgaveId: 1, paperVotes: null }], new Map([[1, 2]]), [{ id: 1, votes: 2, ballots: 2, paper: 0 }]],
    [
      [
        { opgaveId: 1, paperVotes: 3 },
        { opgaveId: 2, paperVotes: 0 },
      ],
      new Map([[2, 1]]),
      [
        { id: 1, votes: 3, ballots: 0, paper: 3 },
        { id: 2, votes: 1, ballots: 1, paper: 0 },
      ],
    ],
  ])('%j + %j', (options, ballots, tally) => {
    expect(combinedTally(options, ballots)).toEqual(tally);
  });
});

describe('the losing side: voters none of whose choices were selected, and paper votes for an opgave not chosen', () => {
  const choices = [
    { ballotKey: 'a', opgaveId: 1 },
    { ballotKey: 'a', opgaveId: 2 },
    { ballotKey: 'b', opgaveId: 2 },
    { ballotKey: 'c', opgaveId: 3 },
  ];
  it.each([
    [[1], ['b', 'c']],
    [[2], ['c']],
    [[1, 2, 3], []],
  ])('selected %j: %j lost', (selected, lost) => {
    expect(losingKeys(choices, new Set(selected))).toEqual(lost);
  });
  it.each([
    [[{ id: 1, paper: 4 }], [1], false],
    [
      [
        { id: 1, paper: 4 },
        { id: 2, paper: 1 },
      ],
      [1],
      true,
    ],
    [
      [
        { id: 1, paper: 4 },
        { id: 2, paper: 0 },
      ],
      [1],
      false,
    ],
  ])('paper %j, selected %j: losing side %s', (tally, selected, lost) => {
    expect(paperLosingSide(tally, new Set(selected))).toBe(lost);
  });
});

describe('the minority position: every wisdom, without names, in an order that tells nothing about who wrote first', () => {
  it.each([
    [[], null],
    [['  '], null],
    [['Vervoer.', ' Ouderen. '], 'Ouderen.\n\nVervoer.'],
  ])('%j: %j', (texts, text) => {
    expect(publishedWisdom(texts)).toBe(text);
  });
});

describe('the decision text says how many voted online and how many on paper', () => {
  it.each([
    [1, 3, ['Eenzaamheid'], 12, 0, 'Gekozen door bewoners in een geheime stemronde (12 stemmen online): 1 van de 3 opgaven, Eenzaamheid.'],
    [
      2,
      4,
      ['Eenzaamheid', 'Vervoer'],
      5,
      30,
      'Gekozen door bewoners in een geheime stemronde (5 stemmen online en 30 op papier, geteld op een bewonersbijeenkomst): 2 van de 4 opgaven, Eenzaamheid; Vervoer.',
    ],
  ])('%i of %i', (seats, onBallot, titles, ballots, paper, text) => {
    expect(roundDecisionText(seats, onBallot, titles, ballots, paper)).toBe(text);
  });
});
