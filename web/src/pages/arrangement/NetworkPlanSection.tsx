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
  const rows: [string, string][] = [['Netwerkplan (Eigen Kracht)', plan ? 'Ja' : 'Nee']];
  if (plan) {
    rows.push(
      ['Familiegroepsconferentie op', formatDate(plan.conferenceHeldOn)],
      ['Deelnemers uit het netwerk', formatNumber(plan.participantsCount)],
    );
    if (own) {
      rows.push(
        ['Onafhankelijke coördinator', plan.coordinator ?? '—'],
        ['Samenvatting van het plan', plan.planSummary ?? '—'],
        ['Besluiten van het netwerk', (plan.decisionsOfNetwork ?? []).join('; ') || '—'],
        ['Wat het netwerk van de professional vraagt', plan.professionalRole ?? '—'],
      );
    }
  }
  return (
    <section aria-labelledby="netwerkplan" className="section">
      <Heading2 id="netwerkplan">Netwerkplan</Heading2>
      <Paragraph>
        Bij Eigen Kracht maakt de inwoner met familie en vrienden zelf een plan in een familiegroepsconferentie. De professional volgt dat plan.
        {own ? '' : ' De inhoud van het plan is alleen voor de aanbieder; u ziet alleen of er een plan is.'}
      </Paragraph>
      {saved && <Notice>Het netwerkplan is vastgelegd.</Notice>}
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
          {plan ? 'Netwerkplan wijzigen' : 'Netwerkplan vastleggen'}
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
