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
            <strong>Te laat vandaag:</strong> {p.overdueSteps.map((s) => PROPOSAL_STEP_LABELS[s]).join('; ')}.
          </Paragraph>
        </Alert>
      )}
      <section className="section" aria-labelledby="cyclus">
        <Heading2 id="cyclus">Cyclus</Heading2>
        <DataList className="summary-list">
          <Item k="Status" v={`${PROPOSAL_STATUS_LABELS[p.status]}${p.urgent ? ' (spoed)' : ''}`} />
          <Item k="Ingediend (week 0)" v={formatDate(p.submittedOn)} />
          <Item k="Standpunten uiterlijk" v={formatDate(p.schedule.perspectivesDueOn)} />
          {p.schedule.adHocMeetingBy && <Item k="Ad-hocoverleg uiterlijk" v={formatDate(p.schedule.adHocMeetingBy)} />}
          <Item k="Beleidsoverleg (week 5)" v={`${formatDate(p.schedule.policyMeetingFrom)} tot en met ${formatDate(p.schedule.policyMeetingBy)}`} />
          <Item k="Terugkoppeling (week 6)" v={`uiterlijk ${formatDate(p.schedule.decisionFeedbackBy)}`} />
        </DataList>
        <Heading3 id="op-tijd">Op tijd?</Heading3>
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
  const late = l.daysLate === 1 ? '1 dag te laat' : `${l.daysLate} dagen te laat`;
  if (l.doneOn) return l.daysLate > 0 ? `Gedaan op ${formatDate(l.doneOn)}, ${late}` : `Gedaan op ${formatDate(l.doneOn)}, op tijd`;
  return l.daysLate > 0 ? `Nog niet gedaan, nu ${late}` : `Nog niet gedaan, uiterlijk ${formatDate(l.dueOn)}`;
}

function Item({ k, v }: { k: string; v: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{v}</DataListValue>
    </DataListItem>
  );
}
