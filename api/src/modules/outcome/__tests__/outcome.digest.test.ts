import { AttentionSeverityLevel } from '../../attention/attention.rules';
import { AttentionKind, type AttentionItem } from '../../attention/attention.types';
import { outcomeDigestLine } from '../outcome.digest';

const item = (over: Partial<AttentionItem>): AttentionItem => ({
  kind: AttentionKind.OUTCOME_THRESHOLD_CROSSED,
  reason: 'RE_REQUEST_RATE',
  severity: AttentionSeverityLevel.WARNING,
  subjectId: 'UHJvdmlkZXI6MQ',
  title: 'Zorggroep',
  providerLocalId: 1,
  dueOn: null,
  daysLate: null,
  count: 5,
  ratio: null,
  figure: 0.4,
  threshold: 0.25,
  ...over,
});

describe("the digest's line of an outcome threshold crossed", () => {
  it.each([
    [{}, 'Zorggroep: Opnieuw aangevraagd binnen zes maanden is 40%, boven de drempel van 25% (laatste twaalf maanden, 5 gevallen)'],
    [
      { reason: 'MEDIAN_WAITING_OVER_NORM', figure: 1, threshold: 0, count: 1 },
      'Zorggroep: Mediane wachttijd boven de wachtnorm is 1 dag boven de norm, boven de drempel van 0 dagen boven de norm (laatste twaalf maanden, 1 geval)',
    ],
  ])('%p', (over, line) => {
    expect(outcomeDigestLine(item(over)).replace(/\u00a0/g, ' ')).toBe(line);
  });
});
