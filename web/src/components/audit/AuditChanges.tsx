import { AUDIT_CHANGES_TEXTS as T } from '@regiekamer/texts';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { changedColumns, columnLabel, valueText } from './audit-labels';

/** The fields a change touched, each as "Label: before → after" (a new row: only its values). */
export function AuditChanges({
  table,
  before,
  after,
}: {
  table: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}) {
  const columns = changedColumns(before, after);
  if (columns.length === 0) return <span className="audit-none">{T.versionOnly}</span>;
  const text = (column: string, value: unknown) =>
    valueText(
      table,
      column,
      value,
      (c) => formatMoney(c),
      (d) => formatDate(d),
      (n) => formatNumber(n),
      (instant) => formatDateTime(instant),
    );
  return (
    <ul className="audit-changes">
      {columns.map((c) => (
        <li key={c}>
          {columnLabel(c)}: {before && after ? `${text(c, before[c])} → ${text(c, after[c])}` : text(c, (after ?? before)?.[c])}
        </li>
      ))}
    </ul>
  );
}
