import { DataList, DataListItem, DataListKey, DataListValue, Heading2, StatusBadge } from '@utrecht/component-library-react';
import type { ArrangementFieldsFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import {
  ARRANGEMENT_FORM_LABELS,
  ARRANGEMENT_STATUS_LABELS,
  END_REASON_LABELS,
  GOAL_ATTAINMENT_LABELS,
  label,
  PRODUCT_CATEGORY_LABELS,
} from '../../lib/labels';
import { Link } from '../../lib/router';

export function Summary({ a, own = true }: { a: ArrangementFieldsFragment; own?: boolean }) {
  const rows: [string, string][] = [
    ['Productcategorie', PRODUCT_CATEGORY_LABELS[a.productCategory]],
    ['Vorm', ARRANGEMENT_FORM_LABELS[a.form]],
    ['Uren per week', formatNumber(a.hoursPerWeek)],
    ['Geplande kosten', formatMoney(a.plannedCostCents)],
    ['Gerealiseerde kosten', formatMoney(a.realisedCostCents)],
    ['Aangevraagd op', formatDate(a.requestedOn)],
    ['Startdatum', formatDate(a.startsOn)],
  ];
  if (a.status === 'ENDED') {
    rows.push(
      ['Beëindigd op', formatDate(a.endedOn)],
      ['Reden', label(END_REASON_LABELS, a.endReason)],
      ['Doelen', label(GOAL_ATTAINMENT_LABELS, a.goalAttainment)],
    );
  }
  return (
    <section aria-labelledby="gegevens" className="section">
      <Heading2 id="gegevens">
        Gegevens <StatusBadge status={a.status.toLowerCase()}>{ARRANGEMENT_STATUS_LABELS[a.status]}</StatusBadge>
      </Heading2>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>Aanbieder</DataListKey>
          <DataListValue>
            {own ? a.provider.name : <Link to={`/aanbieders/${encodeURIComponent(a.provider.id)}`}>{a.provider.name}</Link>}
          </DataListValue>
        </DataListItem>
        {rows.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
        <DataListItem>
          <DataListKey>Doelen van het plan</DataListKey>
          <DataListValue>{a.goals.length === 0 ? '—' : a.goals.join('; ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Laatst gewijzigd</DataListKey>
          <DataListValue>
            {formatDateTime(a.updatedAt)} (versie {a.version})
          </DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}
