import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
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
      <DataList className="summary-list summary-list--stack-on-phone">
        <DataListItem>
          <DataListKey>Ingediend op</DataListKey>
          <DataListValue>{formatDate(report.submittedOn)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Uitgegeven / begroot</DataListKey>
          <DataListValue>
            {formatMoney(v.spentCents)} van {formatMoney(v.budgetCents)} ({formatPercent(v.spentRatio)}); verschil {formatMoney(v.differenceCents)}
            {late && ` (bij indienen: ${formatMoney(report.spentCentsAtSubmission)}; er zijn later nog rapportages bijgekomen)`}
          </DataListValue>
        </DataListItem>
      </DataList>
      <UnorderedList>
        {report.goalProgress.map((g) => (
          <UnorderedListItem key={g.goalIndex} className="wrap">
            {plan.goals[g.goalIndex]?.title ?? `Doel ${g.goalIndex + 1}`}: {formatNumber(g.realised)} van{' '}
            {formatNumber(plan.goals[g.goalIndex]?.target)}
            {g.attainmentRatio !== null && ` (${formatPercent(g.attainmentRatio)})`}
            {g.remarks && ` — ${g.remarks}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {report.review && (
        <Paragraph className="decision wrap">
          Besproken op {formatDate(report.review.reviewedOn)}: <strong>{QUARTER_VERDICT_LABELS[report.review.verdict]}</strong>. Aanwezig:{' '}
          {report.review.attendees.map((a) => `${a.name ?? 'naam niet zichtbaar'} (${REVIEW_ATTENDEE_ROLE_LABELS[a.role]})`).join(', ')}.
          {report.review.remarks && ` ${report.review.remarks}`}
          {report.review.actions.length > 0 && ` Afgesproken acties: ${report.review.actions.join('; ')}.`}
        </Paragraph>
      )}
      {report.actions.length > 0 && <ActionsTable caption={`Afgesproken acties van kwartaal ${report.quarter}`} actions={report.actions} />}
    </>
  );
}
