import { toGlobalId } from '../../shared/graphql/global-id';
import { Role } from '../user/user.entity';
import { AttentionSeverityLevel } from '../attention/attention.rules';
import type { AttentionSource } from '../attention/attention.sources';
import { AttentionKind, type AttentionItem } from '../attention/attention.types';
import { exactFigures, indicatorReading } from './outcome.figures';
import { rollingWindow, thresholdCrossed } from './outcome.rules';
import { loadNorms, loadOutcomeRows, loadThresholds, rawOf } from './outcome.service';

/**
 * Providers whose outcome figure over the last twelve months is above a threshold the regisseur set, one item per
 * provider and indicator, only when the figure rests on at least MIN_CASES cases. The regisseur's list only: the
 * thresholds are the regisseur's instrument. Without thresholds no figures are computed.
 */
export const outcomeThresholds: AttentionSource = {
  kind: AttentionKind.OUTCOME_THRESHOLD_CROSSED,
  roles: [Role.REGISSEUR],
  async load({ db, viewer, today }) {
    const thresholds = await loadThresholds(db, viewer.municipalityId);
    if (thresholds.length === 0) return [];
    const window = rollingWindow(today);
    const [norms, rows] = await Promise.all([
      loadNorms(db, viewer.municipalityId),
      loadOutcomeRows(db, viewer.municipalityId, window, null, today),
    ]);
    const crossed: { providerId: number; indicator: string; figure: number; threshold: number; cases: number }[] = [];
    for (const row of rows) {
      if (row.byProvider !== 0 || row.byCategory !== 1 || row.providerId === null) continue;
      const raw = rawOf(row);
      const figures = exactFigures(raw, norms.waitingNormDays, null);
      for (const t of thresholds) {
        const { figure, cases } = indicatorReading(t.indicator, raw, figures);
        if (figure !== null && thresholdCrossed(figure, t.value, cases)) {
          crossed.push({ providerId: row.providerId, indicator: t.indicator, figure, threshold: t.value, cases });
        }
      }
    }
    if (crossed.length === 0) return [];
    const names = await db.query<{ id: number; name: string }>(`SELECT id, name FROM provider WHERE id = ANY($1::bigint[])`, [
      [...new Set(crossed.map((c) => c.providerId))],
    ]);
    return crossed.map(
      (c): AttentionItem => ({
        kind: AttentionKind.OUTCOME_THRESHOLD_CROSSED,
        reason: c.indicator,
        severity: AttentionSeverityLevel.WARNING,
        subjectId: toGlobalId('Provider', c.providerId),
        title: names.find((n) => n.id === c.providerId)?.name ?? '',
        providerLocalId: c.providerId,
        dueOn: null,
        daysLate: null,
        count: c.cases,
        ratio: null,
        figure: c.figure,
        threshold: c.threshold,
      }),
    );
  },
};
