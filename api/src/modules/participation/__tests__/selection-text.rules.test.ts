import { selectionDecisionText } from '../participation.rules';

describe('selectionDecisionText', () => {
  it.each<[number, number, string[], string]>([
    [2, 4, ['Eenzaamheid', 'Vervoer'], 'Gekozen bij meerderheid van stemmen: 2 van de 4 opgaven, Eenzaamheid; Vervoer.'],
    [1, 1, ['Ontmoeten'], 'Gekozen bij meerderheid van stemmen: 1 van de 1 opgave, Ontmoeten.'],
  ])('%i of %i', (seats, onBallot, titles, text) => {
    expect(selectionDecisionText(seats, onBallot, titles)).toBe(text);
  });
});
