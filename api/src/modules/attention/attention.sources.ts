import type { Queryable } from '../../db/database';
import type { Viewer } from '../../shared/auth/viewer';
import { toGlobalId } from '../../shared/graphql/global-id';
import { addDays } from '../../shared/local-date';
import { EARLIEST_DEADLINE_DAYS, OPEN_STATUSES, overdueSteps, ProposalStep, proposalSchedule, stepDueOn } from '../proposal/proposal.rules';
import { reportSharesADaySql } from '../arrangement/arrangement.service';
import { proposalDeadlineFacts } from '../proposal/proposal.service';
import type { ProposalStatus } from '../proposal/proposal.entity';
import { COUNCIL_CHECK_DAYS, councilCheckDueOn, councilCheckOverdue } from '../proposal/voice.rules';
import { Role } from '../user/user.entity';
import { budgetVerdict, daysLate, elapsedShare, lastWholeMonth, lateSeverity, unsignedSeverity, waitingSeverity, AttentionSeverityLevel } from './attention.rules';
import { daysWaited, DEFAULT_WAITING_NORM_DAYS } from '../waiting-list/waiting-list.rules';
import { AttentionKind, type AttentionItem } from './attention.types';
import { outcomeThresholds } from '../outcome/outcome.attention';

/** What a source gets: the request's connection, who asks, and today's date in Amsterdam. */
export interface SourceQuery {
  db: Queryable;
  viewer: Viewer;
  today: string;
}

/**
 * One place that knows what can need attention. Each source is one statement (no query per item) and names the roles
 * it answers for; a representative's sources filter on their own provider or user (row-level security agrees).
 * A later capability (reminders, the waiting list, ...) adds a kind to AttentionKind and one entry here.
 */
export interface AttentionSource {
  kind: AttentionKind;
  roles: readonly Role[];
  load(q: SourceQuery): Promise<AttentionItem[]>;
}

const EVERYONE_WHO_ACTS = [Role.REGISSEUR, Role.ADMIN, Role.PROVIDER_REP] as const;
/** A representative's own provider; null for the municipality's staff (all providers). */
const ownProvider = (viewer: Viewer): number | null => (viewer.role === Role.PROVIDER_REP ? viewer.providerId : null);

function item(fields: Partial<AttentionItem> & Pick<AttentionItem, 'kind' | 'reason' | 'severity' | 'subjectId' | 'title'>): AttentionItem {
  return { providerLocalId: null, dueOn: null, daysLate: null, count: null, ratio: null, ...fields };
}

/** Proposals with a late step; a representative sees those whose staff perspective is late (they speak for the staff). */
const overdueProposals: AttentionSource = {
  kind: AttentionKind.PROPOSAL_OVERDUE,
  roles: EVERYONE_WHO_ACTS,
  async load({ db, viewer, today }) {
    const rows = await proposalDeadlineFacts(db, viewer.municipalityId, {
      statuses: OPEN_STATUSES,
      submittedBefore: addDays(today, -EARLIEST_DEADLINE_DAYS),
    });
    const items: AttentionItem[] = [];
    for (const p of rows) {
      let steps = overdueSteps(p, p.sidesSpoken, today);
      if (viewer.role === Role.PROVIDER_REP) steps = p.staffSpoken ? [] : steps.filter((s) => s === ProposalStep.PERSPECTIVES);
      const step = steps[0];
      if (step === undefined) continue;
      const dueOn = stepDueOn(step, proposalSchedule(p.submittedOn, p.urgent));
      const late = daysLate(dueOn, today) ?? 0;
      items.push(
        item({ kind: AttentionKind.PROPOSAL_OVERDUE, reason: step, severity: lateSeverity(late), subjectId: toGlobalId('Proposal', p.id), title: p.title, dueOn, daysLate: late }),
      );
    }
    return items;
  },
};

/** Parties that have not signed a convenant open for signing; a representative sees their own provider's party. */
const unsignedParties: AttentionSource = {
  kind: AttentionKind.CONVENANT_UNSIGNED,
  roles: EVERYONE_WHO_ACTS,
  async load({ db, viewer, today }) {
    const rows = await db.query<{ id: number; title: string; startsOn: string; kind: string; providerId: number | null }>(
      `SELECT c.id, c.title, c.starts_on AS "startsOn", cp.kind, cp.provider_id AS "providerId"
         FROM convenant c JOIN convenant_party cp ON cp.convenant_id = c.id
        WHERE c.municipality_id = $1 AND c.status = 'OPEN_FOR_SIGNING' AND cp.signed_at IS NULL
          AND ($2::bigint IS NULL OR cp.provider_id = $2)
        ORDER BY c.id, cp.id`,
      [viewer.municipalityId, ownProvider(viewer)],
    );
    return rows.map((r) =>
      item({
        kind: AttentionKind.CONVENANT_UNSIGNED,
        reason: r.kind,
        severity: unsignedSeverity(r.startsOn, today),
        subjectId: toGlobalId('Convenant', r.id),
        title: r.title,
        providerLocalId: r.providerId,
        dueOn: r.startsOn,
        daysLate: daysLate(r.startsOn, today),
      }),
    );
  },
};

/** Open actions past their due date: all for the municipality's staff, a representative's own. */
const overdueActions: AttentionSource = {
  kind: AttentionKind.ACTION_OVERDUE,
  roles: EVERYONE_WHO_ACTS,
  async load({ db, viewer, today }) {
    const rows = await db.query<{ id: number; title: string; dueOn: string }>(
      `SELECT ai.id, ai.title, ai.due_on AS "dueOn" FROM action_item ai
        WHERE ai.municipality_id = $1 AND ai.status = 'OPEN' AND ai.due_on < $2::date AND ($3::bigint IS NULL OR ai.owner_user_id = $3)`,
      [viewer.municipalityId, today, viewer.role === Role.PROVIDER_REP ? viewer.userId : null],
    );
    return rows.map((r) => {
      const late = daysLate(r.dueOn, today) ?? 0;
      return item({
        kind: AttentionKind.ACTION_OVERDUE,
        reason: 'OVERDUE',
        severity: lateSeverity(late),
        subjectId: toGlobalId('Action', r.id),
        title: r.title,
        dueOn: r.dueOn,
        daysLate: late,
      });
    });
  },
};

/**
 * Cost against budget: the whole against the convenant in force (cost since its start against its budget), and each
 * provider against its adopted annual plan of this year (cost since 1 January). A representative sees their own plan.
 */
const budgetUse: AttentionSource = {
  kind: AttentionKind.BUDGET_USE,
  roles: EVERYONE_WHO_ACTS,
  async load({ db, viewer, today }) {
    const year = Number(today.slice(0, 4));
    const rows = await db.query<{ id: number; name: string; providerId: number | null; startsOn: string; endsOn: string; budgetCents: number; costCents: number }>(
      `WITH c AS (
         SELECT id, title, starts_on, ends_on, budget_cents FROM convenant
          WHERE municipality_id = $1 AND status = 'IN_FORCE' AND starts_on <= $2::date AND ends_on >= $2::date AND $3::bigint IS NULL
       ), plans AS (
         SELECT ap.provider_id, pr.name,
                (SELECT COALESCE(sum((l->>'amountCents')::bigint), 0) FROM jsonb_array_elements(ap.budget_lines) l) AS budget_cents
           FROM annual_plan ap JOIN provider pr ON pr.id = ap.provider_id
          WHERE ap.municipality_id = $1 AND ap.status = 'ADOPTED' AND ap.year = $4 AND ($3::bigint IS NULL OR ap.provider_id = $3)
       )
       SELECT c.id, c.title AS name, NULL::bigint AS "providerId", c.starts_on AS "startsOn", c.ends_on AS "endsOn", c.budget_cents AS "budgetCents",
              (SELECT COALESCE(sum(rs.cost_cents), 0) FROM report_summary rs
                WHERE rs.municipality_id = $1 AND rs.period_start BETWEEN c.starts_on AND $2::date)::bigint AS "costCents"
         FROM c
       UNION ALL
       SELECT p.provider_id, p.name, p.provider_id, make_date($4, 1, 1), make_date($4, 12, 31), p.budget_cents,
              (SELECT COALESCE(sum(rs.cost_cents), 0) FROM report_summary rs
                WHERE rs.municipality_id = $1 AND rs.provider_id = p.provider_id AND rs.period_start BETWEEN make_date($4, 1, 1) AND $2::date)::bigint
         FROM plans p`,
      [viewer.municipalityId, today, ownProvider(viewer), year],
    );
    const items: AttentionItem[] = [];
    for (const r of rows) {
      const verdict = budgetVerdict(r.costCents, r.budgetCents, elapsedShare(r.startsOn, r.endsOn, today));
      if (!verdict) continue;
      items.push(
        item({
          kind: AttentionKind.BUDGET_USE,
          reason: verdict.reason,
          severity: verdict.severity,
          subjectId: r.providerId === null ? toGlobalId('Convenant', r.id) : toGlobalId('Provider', r.providerId),
          title: r.name,
          providerLocalId: r.providerId,
          dueOn: r.endsOn,
          ratio: verdict.ratio,
        }),
      );
    }
    return items;
  },
};

/** Active arrangements ($1 municipality, $2 provider or null) without a report sharing a day with $3..$4, per provider. */
export const MISSING_REPORTS_SQL = `SELECT a.provider_id AS "providerId", p.name, count(*)::int AS n
   FROM arrangement a JOIN provider p ON p.id = a.provider_id
  WHERE a.municipality_id = $1 AND ($2::bigint IS NULL OR a.provider_id = $2) AND a.status = 'ACTIVE' AND a.starts_on <= $4::date
    AND NOT ${reportSharesADaySql('a.id', '$3::date', '$4::date')}
  GROUP BY a.provider_id, p.name`;

/** Active arrangements without a report that covers (part of) the last whole month, counted per provider. */
const missingReports: AttentionSource = {
  kind: AttentionKind.REPORTS_MISSING,
  roles: EVERYONE_WHO_ACTS,
  async load({ db, viewer, today }) {
    const month = lastWholeMonth(today);
    const rows = await db.query<{ providerId: number; name: string; n: number }>(MISSING_REPORTS_SQL, [
      viewer.municipalityId,
      ownProvider(viewer),
      month.from,
      month.to,
    ]);
    return rows.map((r) =>
      item({
        kind: AttentionKind.REPORTS_MISSING,
        reason: 'NO_REPORT_LAST_MONTH',
        severity: AttentionSeverityLevel.WARNING,
        subjectId: toGlobalId('Provider', r.providerId),
        title: r.name,
        providerLocalId: r.providerId,
        dueOn: month.to,
        count: r.n,
      }),
    );
  },
};

/**
 * Decisions whose client council check is late (councilCheckOverdue): the regisseur follows them up with the council.
 * Not a representative's: the check is the council's, on the municipality's decision.
 */
const overdueCouncilChecks: AttentionSource = {
  kind: AttentionKind.COUNCIL_CHECK_OVERDUE,
  roles: [Role.REGISSEUR, Role.ADMIN],
  async load({ db, viewer, today }) {
    const rows = await db.query<{ id: number; title: string; status: ProposalStatus; feedbackOn: string | null }>(
      `SELECT p.id, p.title, p.status, p.feedback_on AS "feedbackOn" FROM proposal p
        WHERE p.municipality_id = $1 AND p.status = 'FED_BACK' AND p.feedback_on < $2::date ORDER BY p.id`,
      [viewer.municipalityId, addDays(today, -COUNCIL_CHECK_DAYS)],
    );
    return rows.flatMap((p) => {
      const dueOn = councilCheckDueOn(p.feedbackOn);
      if (dueOn === null || !councilCheckOverdue(p, today)) return [];
      const late = daysLate(dueOn, today) ?? 0;
      return [
        item({
          kind: AttentionKind.COUNCIL_CHECK_OVERDUE,
          reason: 'OVERDUE',
          severity: lateSeverity(late),
          subjectId: toGlobalId('Proposal', p.id),
          title: p.title,
          dueOn,
          daysLate: late,
        }),
      ];
    });
  },
};

/** Requests waiting to start longer than the municipality's norm (six weeks unless set), counted per provider. */
const waitingOverNorm: AttentionSource = {
  kind: AttentionKind.WAITING_OVER_NORM,
  roles: EVERYONE_WHO_ACTS,
  async load({ db, viewer, today }) {
    const rows = await db.query<{ providerId: number; name: string; n: number; oldest: string; normDays: number }>(
      `WITH norm AS (SELECT COALESCE((SELECT norm_days FROM waiting_list_setting WHERE municipality_id = $1), ${DEFAULT_WAITING_NORM_DAYS}) AS days)
       SELECT a.provider_id AS "providerId", p.name, count(*)::int AS n, min(a.requested_on) AS oldest, norm.days AS "normDays"
         FROM arrangement a JOIN provider p ON p.id = a.provider_id CROSS JOIN norm
        WHERE a.municipality_id = $1 AND ($2::bigint IS NULL OR a.provider_id = $2) AND a.status = 'REQUESTED'
          AND $3::date - a.requested_on > norm.days
        GROUP BY a.provider_id, p.name, norm.days`,
      [viewer.municipalityId, ownProvider(viewer), today],
    );
    return rows.map((r) => {
      const dueOn = addDays(r.oldest, r.normDays);
      return item({
        kind: AttentionKind.WAITING_OVER_NORM,
        reason: 'PAST_WAITING_NORM',
        severity: waitingSeverity(daysWaited(r.oldest, today), r.normDays),
        subjectId: toGlobalId('Provider', r.providerId),
        title: r.name,
        providerLocalId: r.providerId,
        dueOn,
        daysLate: daysLate(dueOn, today),
        count: r.n,
      });
    });
  },
};

/** Every source, in the order their kinds are listed in AttentionKind. */
export const ATTENTION_SOURCES: readonly AttentionSource[] = [
  overdueProposals,
  unsignedParties,
  overdueActions,
  budgetUse,
  missingReports,
  overdueCouncilChecks,
  waitingOverNorm,
  outcomeThresholds,
];
