import { ARRANGEMENTS_EXCEL_TEXTS as T } from '@regiekamer/texts';
import type { ArrangementExportRowsQuery } from '../../gql/graphql';
import { ARRANGEMENT_FORM_LABELS, ARRANGEMENT_STATUS_LABELS, PRODUCT_CATEGORY_LABELS } from '../../lib/labels';
import { csvLine, dutchDate, euros } from '../overview/excel-csv';

type Row = ArrangementExportRowsQuery['arrangements']['edges'][number]['node'];

/** The arrangements list as a CSV for Excel with Dutch settings (as the overview's); the client key only for its own provider. */
export function arrangementsExcelCsv(rows: Row[], own: boolean): string {
  const headers = [
    own ? T.clientKey : T.provider,
    T.status,
    T.productCategory,
    T.form,
    T.hoursPerWeek,
    T.plannedCost,
    T.realisedCost,
    T.requestedOn,
    T.startsOn,
    T.endedOn,
  ];
  const lines = rows.map((r) => [
    own ? (r.clientKey ?? '') : r.provider.name,
    ARRANGEMENT_STATUS_LABELS[r.status],
    PRODUCT_CATEGORY_LABELS[r.productCategory],
    ARRANGEMENT_FORM_LABELS[r.form],
    String(r.hoursPerWeek).replace('.', ','),
    euros(r.plannedCostCents),
    euros(r.realisedCostCents),
    dutchDate(r.requestedOn),
    r.startsOn ? dutchDate(r.startsOn) : '',
    r.endedOn ? dutchDate(r.endedOn) : '',
  ]);
  return '\ufeff' + [headers, ...lines].map(csvLine).join('\r\n') + '\r\n';
}
