import { formatText, OUTCOME_INDICATOR_TEXTS, OUTCOME_TEXTS } from '@regiekamer/texts';
import type { AttentionItem } from '../attention/attention.types';
import { RATE_INDICATORS } from './outcome.rules';

const percent = (share: number): string => new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A figure or threshold of an indicator in Dutch: a percentage for the rates, days over the norm for the medians. */
export function outcomeValueText(indicator: string, value: number): string {
  return (RATE_INDICATORS as readonly string[]).includes(indicator)
    ? percent(value)
    : formatText(OUTCOME_TEXTS.daysOverNorm, { days: Math.round(value) });
}

/** The digest's line of an OUTCOME_THRESHOLD_CROSSED item (the same reading as the home page's list). */
export function outcomeDigestLine(i: AttentionItem): string {
  return formatText(OUTCOME_TEXTS.digestLine, {
    title: i.title,
    indicator: (OUTCOME_INDICATOR_TEXTS as Readonly<Record<string, string | undefined>>)[i.reason] ?? i.reason,
    figure: outcomeValueText(i.reason, i.figure ?? 0),
    threshold: outcomeValueText(i.reason, i.threshold ?? 0),
    count: i.count ?? 0,
  });
}
