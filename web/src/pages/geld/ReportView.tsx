import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { formatText, REPORT_VIEW_TEXTS as T } from '@regiekamer/texts';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../lib/format';
import { QUARTER_VERDICT_LABELS, REVIEW_ATTENDEE_ROLE_LABELS } from '../../lib/labels';
import type { PlanNode } from './AnnualPlanPage';
import type { QuarterReportNode } from './Quarters';
import { ActionsTable } from '../overleg/ActionsTable';

/** What was accounted for in a quarter: money against the budget, progress per goal, and the review when there is one. */
export function ReportView({ plan, report }: { plan: PlanNode; report: QuarterReportNode }) {
  const v = report.variance;
  const late = report.spentCents !== report.spentCentsAtSubmission;
  return (
    <>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>{T.submittedOn}</DataListKey>
          <DataListValue>{formatDate(report.submittedOn)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.spentBudget}</DataListKey>
          <DataListValue>
            {formatText(T.spentValue, {
              spent: formatMoney(v.spentCents),
              budget: formatMoney(v.budgetCents),
              ratio: formatPercent(v.spentRatio),
              difference: formatMoney(v.differenceCents),
            })}
            {late && formatText(T.atSubmission, { spent: formatMoney(report.spentCentsAtSubmission) })}
          </DataListValue>
        </DataListItem>
      </DataList>
      <UnorderedList>
        {report.goalProgress.map((g) => (
          <UnorderedListItem key={g.goalIndex} className="wrap">
            {formatText(T.goalProgress, {
              goal: plan.goals[g.goalIndex]?.title ?? formatText(T.goal, { n: String(g.goalIndex + 1) }),
              realised: formatNumber(g.realised),
              target: formatNumber(plan.goals[g.goalIndex]?.target),
            })}
            {g.attainmentRatio !== null && ` (${formatPercent(g.attainmentRatio)})`}
            {g.remarks && ` — ${g.remarks}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {report.review && (
        <Paragraph className="decision wrap">
          {formatText(T.reviewedOn, { date: formatDate(report.review.reviewedOn) })}
          <strong>{QUARTER_VERDICT_LABELS[report.review.verdict]}</strong>
          {T.present}{' '}
          {report.review.attendees.map((a) => `${a.name ?? T.nameHidden} (${REVIEW_ATTENDEE_ROLE_LABELS[a.role]})`).join(', ')}.
          {report.review.remarks && ` ${report.review.remarks}`}
          {report.review.actions.length > 0 && formatText(T.actions, { actions: report.review.actions.join('; ') })}
        </Paragraph>
      )}
      {report.actions.length > 0 && <ActionsTable caption={formatText(T.actionsCaption, { q: String(report.quarter) })} actions={report.actions} />}
    </>
  );
}
