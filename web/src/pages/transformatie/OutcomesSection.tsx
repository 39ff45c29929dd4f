import { skipToken, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { formatText, OUTCOME_PAGE_TEXTS as T } from '@regiekamer/texts';
import { useId, useState } from 'react';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import type { OutcomeIndicator } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { SUPPRESSED } from '../overview/cells';
import { save } from '../overview/save-file';
import { OutcomesChart } from './OutcomesChart';
import { ThresholdForms } from './OutcomeThresholdForms';
import { TRANSFORMATION_OUTCOMES, TRANSFORMATION_THRESHOLDS } from './outcomes.documents';
import {
  crossed,
  formatDays,
  formatOver,
  formatShare,
  formatThreshold,
  indicatorLabel,
  outcomesExcelCsv,
  type OutcomeFigures,
  type Outcomes,
  type Threshold,
} from './outcomes';
import type { SectionProps } from './sections';

const CHART_SERIES: { indicator: OutcomeIndicator; label: string }[] = [
  { indicator: 'RE_REQUEST_RATE', label: indicatorLabel('RE_REQUEST_RATE') },
  { indicator: 'EARLY_ENDING_RATE', label: indicatorLabel('EARLY_ENDING_RATE') },
];

/**
 * Outcomes under the inverted incentive: do residents still get what they need now that cheap delivery is rewarded?
 * Goal attainment, early endings, re-requests within six months, waiting and duration against their norms, per
 * provider; the regisseur's thresholds mark the figures above them and are set here.
 */
export function OutcomesSection({ filters }: SectionProps) {
  const headingId = useId();
  const regisseur = useViewer().role === 'REGISSEUR';
  const query = useQuery(TRANSFORMATION_OUTCOMES, { variables: { period: { from: filters.from, to: filters.to }, providerId: filters.providerId } });
  const thresholdsQuery = useQuery(TRANSFORMATION_THRESHOLDS, regisseur ? {} : skipToken);
  const thresholds: Threshold[] = thresholdsQuery.data?.transformationThresholds ?? [];
  return (
    <section className="transformatie-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {T.title}
      </h2>
      <Paragraph className="transformatie-intro">{T.intro}</Paragraph>
      <QueryState query={query} what={T.what}>
        {(data) => <OutcomesBody outcomes={data.transformationOutcomes} thresholds={thresholds} />}
      </QueryState>
      {regisseur && (
        <div className="transformatie-detail">
          <ThresholdForms
            thresholds={thresholds}
            durationNorms={query.data?.transformationOutcomes.durationNorms ?? []}
            onDone={() => {
              void thresholdsQuery.refetch().catch(() => {});
              void query.refetch().catch(() => {});
            }}
          />
        </div>
      )}
    </section>
  );
}

function OutcomesBody({ outcomes: o, thresholds }: { outcomes: Outcomes; thresholds: readonly Threshold[] }) {
  const [error, setError] = useState<string | null>(null);
  const limits: Partial<Record<OutcomeIndicator, number>> = Object.fromEntries(thresholds.map((t) => [t.indicator, t.value]));
  return (
    <>
      <dl className="outcomes-headline">
        <Headline label={indicatorLabel('RE_REQUEST_RATE')} value={formatShare(o.total.reRequestRate)} f={o.total} field="reRequestRate" />
        <Headline label={indicatorLabel('EARLY_ENDING_RATE')} value={formatShare(o.total.earlyEndingRate)} f={o.total} field="earlyEndingRate" />
        <Headline label={indicatorLabel('GOALS_NOT_ACHIEVED_RATE')} value={formatShare(o.total.notAchievedShare)} f={o.total} field="notAchievedShare" />
        <Headline
          label={formatText(T.headWaiting, { days: o.waitingNormDays })}
          value={formatDays(o.total.medianWaitingDays)}
          f={o.total}
          field="medianWaitingDays"
        />
      </dl>
      <OutcomesChart
        rows={o.byProvider.map((p) => ({ name: p.provider.name, values: [p.figures.reRequestRate, p.figures.earlyEndingRate] }))}
        series={CHART_SERIES}
        thresholds={limits}
      />
      <div className="transformatie-detail">
        <ProviderTable outcomes={o} thresholds={thresholds} />
        {thresholds.length > 0 && (
          <Paragraph className="outcomes-thresholds">
            {formatText(T.thresholdsLine, { list: thresholds.map((t) => `${indicatorLabel(t.indicator)} ${formatThreshold(t)}`).join('; ') })}
          </Paragraph>
        )}
        {error && <Paragraph role="alert">{error}</Paragraph>}
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            type="button"
            onClick={() => {
              try {
                setError(null);
                save(outcomesExcelCsv(o), `uitkomsten-${o.period.from}-${o.period.to}.csv`);
              } catch {
                setError(T.csvFailed);
              }
            }}
          >
            {T.csvButton}
          </Button>
        </ButtonGroup>
      </div>
    </>
  );
}

function Headline({ label, value, f, field }: { label: string; value: string; f: OutcomeFigures; field: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value === '—' && f.suppressed.includes(field) ? SUPPRESSED : value}</dd>
    </div>
  );
}

const COLUMNS = [
  { key: 'name', header: T.columnProvider, rowHeader: true },
  { key: 'ended', header: T.columnEnded, numeric: true },
  { key: 'achieved', header: T.columnAchieved, numeric: true },
  { key: 'notAchieved', header: T.columnNotAchieved, numeric: true },
  { key: 'early', header: T.columnEarly, numeric: true },
  { key: 'reRequests', header: T.columnReRequests, numeric: true },
  { key: 'waiting', header: T.columnWaiting, numeric: true },
  { key: 'duration', header: T.columnDuration, numeric: true },
];

function ProviderTable({ outcomes: o, thresholds }: { outcomes: Outcomes; thresholds: readonly Threshold[] }) {
  const rows = [{ key: 'total', name: T.allProviders, figures: o.total }, ...o.byProvider.map((p) => ({ key: p.provider.id, name: p.provider.name, figures: p.figures }))];
  return (
    <ResponsiveTable
      label={T.tableLabel}
      caption={T.tableCaption}
      columns={COLUMNS}
      rows={rows.map((r) => ({ key: r.key, cells: cellsOf(r.name, r.figures, o.waitingNormDays, crossed(r.figures, thresholds)) }))}
    />
  );
}

function Marked({ text, over }: { text: string; over: boolean }) {
  return over ? (
    <span className="outcomes-over">
      {text} <span>{T.over}</span>
    </span>
  ) : (
    <>{text}</>
  );
}

function shown(text: string, f: OutcomeFigures, field: string): string {
  return text === '—' && f.suppressed.includes(field) ? SUPPRESSED : text;
}

function cellsOf(name: string, f: OutcomeFigures, waitingNorm: number, over: Set<OutcomeIndicator>) {
  return {
    name,
    ended: String(f.ended),
    achieved: `${String(f.goalAttainment.achieved ?? 0)} (${shown(formatShare(f.achievedShare), f, 'achievedShare')})`,
    notAchieved: <Marked text={`${String(f.goalAttainment.notAchieved ?? 0)} (${shown(formatShare(f.notAchievedShare), f, 'notAchievedShare')})`} over={over.has('GOALS_NOT_ACHIEVED_RATE')} />,
    early: <Marked text={`${String(f.earlyEndings)} (${shown(formatShare(f.earlyEndingRate), f, 'earlyEndingRate')})`} over={over.has('EARLY_ENDING_RATE')} />,
    reRequests: (
      <Marked
        text={`${formatText(T.of, { part: f.reRequests, whole: f.reRequestWindowsClosed })} (${shown(formatShare(f.reRequestRate), f, 'reRequestRate')})${f.reRequestWindowsOpen > 0 ? `; ${formatText(T.stillOpen, { count: f.reRequestWindowsOpen })}` : ''}`}
        over={over.has('RE_REQUEST_RATE')}
      />
    ),
    waiting: (
      <Marked
        text={`${shown(formatDays(f.medianWaitingDays), f, 'medianWaitingDays')}${f.medianWaitingOverNormDays === null ? '' : ` (${formatOver(f.medianWaitingOverNormDays)} t.o.v. ${String(waitingNorm)})`}`}
        over={over.has('MEDIAN_WAITING_OVER_NORM')}
      />
    ),
    duration: (
      <Marked
        text={`${shown(formatDays(f.medianDurationDays), f, 'medianDurationDays')}${f.medianDurationOverNormDays === null ? '' : ` (${formatOver(f.medianDurationOverNormDays)})`}`}
        over={over.has('MEDIAN_DURATION_OVER_NORM')}
      />
    ),
  };
}
