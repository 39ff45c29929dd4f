import { formatText, PROPOSAL_CYCLE_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STEP_LABELS } from '../../lib/labels';

/** What is late today, and the dates of the six-week cycle. */
export function CycleSection({ p }: { p: ProposalFieldsFragment }) {
  return (
    <>
      {p.overdue && (
        <Alert type="warning">
          <Paragraph>
            <strong>{T.lateToday}</strong> {p.overdueSteps.map((s) => PROPOSAL_STEP_LABELS[s]).join('; ')}.
          </Paragraph>
        </Alert>
      )}
      <section className="section" aria-labelledby="cyclus">
        <Heading2 id="cyclus">{T.heading}</Heading2>
        <DataList className="summary-list">
          <Item k={T.status} v={`${PROPOSAL_STATUS_LABELS[p.status]}${p.urgent ? ` ${T.urgent}` : ''}`} />
          <Item k={T.submitted} v={formatDate(p.submittedOn)} />
          <Item k={T.perspectivesDue} v={formatDate(p.schedule.perspectivesDueOn)} />
          {p.schedule.adHocMeetingBy && <Item k={T.adHocMeetingDue} v={formatDate(p.schedule.adHocMeetingBy)} />}
          <Item
            k={T.policyMeeting}
            v={formatText(T.policyMeetingPeriod, { from: formatDate(p.schedule.policyMeetingFrom), to: formatDate(p.schedule.policyMeetingBy) })}
          />
          <Item k={T.feedback} v={formatText(T.feedbackDue, { date: formatDate(p.schedule.decisionFeedbackBy) })} />
        </DataList>
        <Heading3 id="op-tijd">{T.onTimeHeading}</Heading3>
        <DataList className="summary-list" aria-labelledby="op-tijd">
          {p.lateness.map((l) => (
            <Item key={l.step} k={PROPOSAL_STEP_LABELS[l.step]} v={latenessText(l)} />
          ))}
        </DataList>
        {p.description && <Paragraph className="preserve">{p.description}</Paragraph>}
      </section>
    </>
  );
}

/** "x dagen te laat", kept once the step is done; "op tijd" otherwise. */
function latenessText(l: ProposalFieldsFragment['lateness'][number]): string {
  const late = l.daysLate === 1 ? T.oneDayLate : formatText(T.daysLate, { days: String(l.daysLate) });
  if (l.doneOn)
    return l.daysLate > 0 ? formatText(T.doneLate, { date: formatDate(l.doneOn), late }) : formatText(T.doneOnTime, { date: formatDate(l.doneOn) });
  return l.daysLate > 0 ? formatText(T.notDoneLate, { late }) : formatText(T.notDoneDue, { date: formatDate(l.dueOn) });
}

function Item({ k, v }: { k: string; v: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{v}</DataListValue>
    </DataListItem>
  );
}
