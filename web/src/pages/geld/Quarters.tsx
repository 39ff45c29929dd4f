import { useQuery } from '@apollo/client/react';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatText, GELD_QUARTERS_TEXTS as T } from '@regiekamer/texts';
import { Notice } from '../../components/Form';
import { QueryState } from '../../components/States';
import type { MoneyQuarterReportFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, todayInAmsterdam } from '../../lib/format';
import { useViewer } from '../../lib/session';
import type { PlanNode } from './AnnualPlanPage';
import { QUARTER_REPORTS } from './plans.documents';
import { QuarterBadge } from './QuarterGrid';
import { canSubmit, quarterEnd, quarterStart, quarterState } from './quarters';
import { Reveal } from './Confirm';
import { ReportView } from './ReportView';
import { ReopenForm } from './ReopenForm';
import { ReviewForm } from './ReviewForm';
import { SubmitForm } from './SubmitForm';

export type QuarterReportNode = MoneyQuarterReportFieldsFragment;

/** The four quarters of a plan: what is in, what is due, and the forms for whoever acts next. */
export function Quarters({ plan }: { plan: PlanNode }) {
  const viewer = useViewer();
  const query = useQuery(QUARTER_REPORTS, { variables: { year: plan.year } });
  const today = todayInAmsterdam();
  const [notice, setNotice] = useState<string | null>(null);
  // The provider accounts for its own plan; the regisseur for the municipality's own part.
  const accounts = plan.provider ? viewer.role === 'PROVIDER_REP' && viewer.provider?.id === plan.provider.id : viewer.role === 'REGISSEUR';
  return (
    <section className="section" aria-labelledby="kwartalen">
      <Heading2 id="kwartalen">{T.heading}</Heading2>
      {notice && <Notice>{notice}</Notice>}
      <QueryState query={query} what={T.what}>
        {(data) =>
          [1, 2, 3, 4].map((q) => {
            const report = data.quarterReports.edges.map((e) => e.node).find((r) => r.plan.id === plan.id && r.quarter === q);
            const state = quarterState(plan, q, report && { reviewed: report.review !== null, reopened: Boolean(report.reopenedAt) }, today);
            const dueOn = plan.quarters.find((pq) => pq.quarter === q)?.reportDueOn;
            return (
              <section key={q} className="card quarter" aria-labelledby={`kwartaal-${q}`}>
                <Heading3 id={`kwartaal-${q}`}>
                  {formatText(T.quarter, { q: String(q) })} <QuarterBadge state={state} />
                </Heading3>
                <Paragraph className="muted">
                  {formatText(T.period, { start: formatDate(quarterStart(plan.year, q)), end: formatDate(quarterEnd(plan.year, q)) })}
                  {dueOn && !report && plan.status === 'ADOPTED' && <>{formatText(T.due, { date: formatDate(dueOn) })}</>}
                </Paragraph>
                {report && <ReportView plan={plan} report={report} />}
                {report?.reopenedAt && (
                  <Paragraph className="wrap">
                    <strong>{T.reopened}</strong>
                    {formatText(T.reopenedOn, { date: formatDateTime(report.reopenedAt), reason: withFullStop(report.reopenReason ?? '') })}
                  </Paragraph>
                )}
                {report && !report.review && !report.reopenedAt && viewer.role === 'REGISSEUR' && (
                  <Reveal label={formatText(T.review, { q: String(q) })}>
                    <ReviewForm report={report} onDone={setNotice} />
                  </Reveal>
                )}
                {report && !report.reopenedAt && viewer.role === 'REGISSEUR' && (
                  <Reveal label={formatText(T.reopen, { q: String(q) })}>
                    <ReopenForm report={report} onDone={setNotice} />
                  </Reveal>
                )}
                {report?.reopenedAt && accounts && (
                  <Reveal label={formatText(T.resubmit, { q: String(q) })}>
                    <SubmitForm plan={plan} quarter={q} onDone={setNotice} />
                  </Reveal>
                )}
                {!report && canSubmit(state) && accounts && (
                  <Reveal label={formatText(T.submit, { q: String(q) })}>
                    <SubmitForm plan={plan} quarter={q} onDone={setNotice} />
                  </Reveal>
                )}
              </section>
            );
          })
        }
      </QueryState>
    </section>
  );
}

/** A reason as typed, ending in one full stop: "…ontbraken." stays, "…ontbraken" gets one. */
function withFullStop(reason: string): string {
  return /[.!?]$/.test(reason) ? reason : `${reason}.`;
}
