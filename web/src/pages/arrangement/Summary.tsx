import { formatText, ARRANGEMENT_SUMMARY_TEXTS as T } from '@regiekamer/texts';
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
    [T.productCategory, PRODUCT_CATEGORY_LABELS[a.productCategory]],
    [T.form, ARRANGEMENT_FORM_LABELS[a.form]],
    [T.hoursPerWeek, formatNumber(a.hoursPerWeek)],
    [T.plannedCost, formatMoney(a.plannedCostCents)],
    [T.realisedCost, formatMoney(a.realisedCostCents)],
    [T.requestedOn, formatDate(a.requestedOn)],
    [T.startsOn, formatDate(a.startsOn)],
  ];
  if (a.status === 'ENDED') {
    rows.push(
      [T.endedOn, formatDate(a.endedOn)],
      [T.endReason, label(END_REASON_LABELS, a.endReason)],
      [T.goalAttainment, label(GOAL_ATTAINMENT_LABELS, a.goalAttainment)],
    );
  }
  return (
    <section aria-labelledby="gegevens" className="section">
      <Heading2 id="gegevens">
        {T.title} <StatusBadge status={a.status.toLowerCase()}>{ARRANGEMENT_STATUS_LABELS[a.status]}</StatusBadge>
      </Heading2>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>{T.provider}</DataListKey>
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
          <DataListKey>{T.goals}</DataListKey>
          <DataListValue>{a.goals.length === 0 ? '—' : a.goals.join('; ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.updatedAt}</DataListKey>
          <DataListValue>{formatText(T.updatedVersion, { updatedAt: formatDateTime(a.updatedAt), version: String(a.version) })}</DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}
