import { StatusBadge, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { formatText, QUARTER_GRID_TEXTS as T } from '@regiekamer/texts';
import { TableScroll } from '../../components/TableScroll';
import type { MoneyAnnualPlansQuery } from '../../gql/graphql';
import { formatMoney } from '../../lib/format';
import { ANNUAL_PLAN_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { QUARTER_STATE_LABELS, quarterState, type QuarterState } from './quarters';

type Plan = MoneyAnnualPlansQuery['annualPlans']['edges'][number]['node'];
type Report = MoneyAnnualPlansQuery['quarterReports']['edges'][number]['node'];

export const planPath = (id: string) => `/jaarplannen/${encodeURIComponent(id)}`;
export const planOwner = (plan: { provider?: { name: string } | null }) => plan.provider?.name ?? T.municipality;

/** Badge colours by how urgent a quarter is; the text says it, the colour only helps. */
const BADGE: Record<QuarterState, string> = {
  NO_PLAN: 'neutral',
  RUNNING: 'neutral',
  DUE: 'requested',
  LATE: 'late',
  SUBMITTED: 'submitted',
  REOPENED: 'requested',
  REVIEWED: 'active',
};

export function QuarterBadge({ state }: { state: QuarterState }) {
  return <StatusBadge status={BADGE[state]}>{QUARTER_STATE_LABELS[state]}</StatusBadge>;
}

/** One row per plan: its status and the four quarters at a glance. At phone width each row is a card. */
export function QuarterGrid({ year, today, plans, reports }: { year: number; today: string; plans: Plan[]; reports: Report[] }) {
  const sorted = [...plans].sort((a, b) => (a.provider ? 1 : 0) - (b.provider ? 1 : 0) || planOwner(a).localeCompare(planOwner(b), 'nl'));
  return (
    <TableScroll label={formatText(T.label, { year: String(year) })}>
      <Table className="data-table cards-on-phone quarter-grid">
        <TableCaption>{formatText(T.caption, { year: String(year) })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{T.owner}</TableHeaderCell>
            <TableHeaderCell scope="col">{T.plan}</TableHeaderCell>
            {[1, 2, 3, 4].map((q) => (
              <TableHeaderCell key={q} scope="col">
                {formatText(T.quarter, { q: String(q) })}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((plan) => (
            <TableRow key={plan.id}>
              <TableHeaderCell scope="row" className="wrap">
                <Link to={planPath(plan.id)}>{planOwner(plan)}</Link>
                <span className="muted block">{formatText(T.budget, { budget: formatMoney(plan.budgetCents) })}</span>
              </TableHeaderCell>
              <TableCell data-label={T.plan}>{ANNUAL_PLAN_STATUS_LABELS[plan.status]}</TableCell>
              {[1, 2, 3, 4].map((q) => {
                const report = reports.find((r) => r.plan.id === plan.id && r.quarter === q);
                const state = quarterState(plan, q, report && { reviewed: report.review !== null, reopened: Boolean(report.reopenedAt) }, today);
                return (
                  <TableCell key={q} data-label={formatText(T.quarter, { q: String(q) })}>
                    <QuarterBadge state={state} />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
