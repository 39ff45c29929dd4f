import { formatText, REPORTS_TABLE_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Notice } from '../../components/Form';
import { Pager, type useCursorPager } from '../../components/Pager';
import { ResponsiveTable, type Column, type Row } from '../../components/ResponsiveTable';
import type { ArrangementQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { correctable } from './correction-rules';
import { CorrectReportForm } from './CorrectReportForm';

type Reports = Extract<NonNullable<ArrangementQuery['node']>, { __typename: 'Arrangement' }>['reports'];
type Report = Reports['edges'][number]['node'];

export const REPORTS_PAGE = 10;

const periodOf = (r: { periodStart: string; periodEnd: string }) =>
  formatText(T.periodRange, { start: formatDate(r.periodStart), end: formatDate(r.periodEnd) });

/** What the history says of an entry: a report, corrected or not, or the counter-entry or right values of one. */
function kindOf(r: Report): string {
  const of = r.correctsReport ? formatText(T.correctionOf, { period: periodOf(r.correctsReport) }) : T.correction;
  if (r.entry === 'REVERSAL') return formatText(T.reversal, { of });
  if (r.entry === 'CORRECTION') return r.correctedBy.length > 0 ? formatText(T.rightValuesCorrected, { of }) : formatText(T.rightValues, { of });
  return r.correctedBy.length > 0 ? T.reportCorrected : T.report;
}

/** The table's columns; the last only for the provider's own representative, who may correct. */
function reportColumns(own: boolean): Column[] {
  return [
    { key: 'period', header: T.period, rowHeader: true },
    { key: 'kind', header: T.kind },
    { key: 'hours', header: T.hours, numeric: true, nowrap: true },
    { key: 'cost', header: T.cost, numeric: true, nowrap: true },
    { key: 'remarks', header: T.remarks, prose: true },
    { key: 'reportedOn', header: T.reportedOn },
    ...(own ? [{ key: 'correct', header: T.correct, nowrap: true }] : []),
  ];
}

/** One entry of the history, with the button that opens its correction when it can still be corrected. */
function reportRow(r: Report, own: boolean, onCorrect: (r: Report) => void): Row {
  return {
    key: r.id,
    cells: {
      period: periodOf(r),
      kind: kindOf(r),
      hours: formatNumber(r.hoursDelivered),
      cost: formatMoney(r.costCents),
      remarks: [r.correctionReason && formatText(T.reason, { reason: r.correctionReason }), r.remarks].filter(Boolean).join(' — ') || '—',
      reportedOn: formatDateTime(r.createdAt),
      ...(own && {
        correct: correctable(r) ? (
          <Button appearance="secondary-action-button" aria-label={formatText(T.correctLabel, { period: periodOf(r) })} onClick={() => onCorrect(r)}>
            {T.correct}
          </Button>
        ) : (
          '—'
        ),
      }),
    },
  };
}

/**
 * The arrangement's reports, page by page, with their corrections: a wrong report stays in the history, its
 * counter-entry and the right values follow it. The representative corrects a report here, once.
 */
export function ReportsTable({
  reports,
  pager,
  own,
  refetch,
}: {
  reports: Reports;
  pager: ReturnType<typeof useCursorPager>;
  own: boolean;
  refetch: () => Promise<unknown>;
}) {
  const [correcting, setCorrecting] = useState<Report | null>(null);
  const [corrected, setCorrected] = useState(false);
  const startCorrecting = (r: Report) => {
    setCorrected(false);
    setCorrecting(r);
  };
  return (
    <section aria-labelledby="rapportages" className="section">
      <Heading2 id="rapportages">{T.title}</Heading2>
      {corrected && <Notice>{T.corrected}</Notice>}
      <ResponsiveTable
        label={T.scrollLabel}
        caption={T.caption}
        columns={reportColumns(own)}
        empty={T.empty}
        rows={reports.edges.map(({ node: r }) => reportRow(r, own, startCorrecting))}
      />
      <Pager
        label={T.pager}
        page={pager.page}
        pageSize={REPORTS_PAGE}
        shown={reports.edges.length}
        totalCount={reports.totalCount}
        hasNextPage={reports.pageInfo.hasNextPage}
        endCursor={reports.pageInfo.endCursor}
        onNext={pager.next}
        onPrevious={pager.previous}
      />
      {correcting && (
        <CorrectReportForm
          key={correcting.id}
          report={correcting}
          onCancel={() => setCorrecting(null)}
          onDone={() => {
            setCorrecting(null);
            setCorrected(true);
            void refetch();
          }}
        />
      )}
    </section>
  );
}
