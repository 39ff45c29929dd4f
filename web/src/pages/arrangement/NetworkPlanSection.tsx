import { NETWORK_PLAN_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Notice } from '../../components/Form';
import type { ArrangementFieldsFragment, NetworkPlanFieldsFragment } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format';
import { NetworkPlanForm } from './NetworkPlanForm';

type WithPlan = ArrangementFieldsFragment & { networkPlan?: NetworkPlanFieldsFragment | null };

/**
 * Eigen Kracht: the plan the resident's own network made. Its representative records and reads it; the regisseur and
 * the admin see only that there is one (the API gives them no content).
 */
export function NetworkPlanSection({ a, own }: { a: WithPlan; own: boolean }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const plan = a.networkPlan ?? null;
  const rows: [string, string][] = [[T.hasPlan, plan ? T.yes : T.no]];
  if (plan) {
    rows.push([T.conferenceHeldOn, formatDate(plan.conferenceHeldOn)], [T.participantsCount, formatNumber(plan.participantsCount)]);
    if (own) {
      rows.push(
        [T.coordinator, plan.coordinator ?? '—'],
        [T.planSummary, plan.planSummary ?? '—'],
        [T.decisions, (plan.decisionsOfNetwork ?? []).join('; ') || '—'],
        [T.professionalRole, plan.professionalRole ?? '—'],
      );
    }
  }
  return (
    <section aria-labelledby="netwerkplan" className="section">
      <Heading2 id="netwerkplan">{T.title}</Heading2>
      <Paragraph>
        {T.intro}
        {own ? '' : ` ${T.notOwn}`}
      </Paragraph>
      {saved && <Notice>{T.saved}</Notice>}
      <DataList className="summary-list">
        {rows.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {own && a.status !== 'ENDED' && !editing && (
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => {
            setEditing(true);
            setSaved(false);
          }}
        >
          {plan ? T.edit : T.record}
        </Button>
      )}
      {own && editing && (
        <NetworkPlanForm
          a={a}
          plan={plan}
          onDone={(ok) => {
            setEditing(false);
            setSaved(ok);
          }}
        />
      )}
    </section>
  );
}
