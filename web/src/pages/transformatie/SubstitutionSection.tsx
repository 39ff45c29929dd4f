import { useQuery } from '@apollo/client/react';
import { SUBSTITUTION_SECTION_TEXTS as S, SUBSTITUTION_TEXTS as T, formatText } from '@regiekamer/texts';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import type { TransformationSubstitutionQuery } from '../../gql/graphql';
import { formatMoney, formatMonth, formatNumber, formatPercent } from '../../lib/format';
import { PROVIDER_KIND_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';
import { cell, SuppressionLegend } from '../overview/suppressed';
import { quarterLabel } from '../overview/quarter';
import { save } from '../overview/save-file';
import type { SectionProps } from './sections';
import { fundingToLighterCsv, substitutionTrendCsv } from './substitution-csv';
import { lighterShare } from './substitution';
import { TRANSFORMATION_SUBSTITUTION } from './substitution.documents';

type Transformation = TransformationSubstitutionQuery['transformation'];
type Bucket = Transformation['byProviderKind'][number];

/** Section 1 of the Transformatie page: is support shifting from care to welfare and volunteers? */
export function SubstitutionSection({ filters }: SectionProps) {
  const headingId = useId();
  const query = useQuery(TRANSFORMATION_SUBSTITUTION, {
    variables: { period: { from: filters.from, to: filters.to }, granularity: filters.granularity, providerId: filters.providerId },
  });
  return (
    <section className="transformatie-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{T.title}</Heading2>
      <Paragraph className="transformatie-detail">{T.intro}</Paragraph>
      <QueryState query={query} what={S.what}>
        {({ transformation: t }) => <SubstitutionFigures t={t} />}
      </QueryState>
    </section>
  );
}

const bucketLabel = (b: Bucket, granularity: Transformation['granularity']) =>
  granularity === 'MONTH' ? formatMonth(b.periodStart) : quarterLabel(b.periodStart);

/** Under the bars, where a dozen buckets share the width: "K1 2026", "jan 2026" (the table has the full names). */
const shortLabel = (b: Bucket, granularity: Transformation['granularity']) => {
  const year = b.periodStart.slice(0, 4);
  const month = Number(b.periodStart.slice(5, 7));
  return granularity === 'MONTH' ? `${MONTH_SHORT[month - 1] ?? ''} ${year}` : `K${String(Math.floor((month - 1) / 3) + 1)} ${year}`;
};
const MONTH_SHORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

function SubstitutionFigures({ t }: { t: Transformation }) {
  const analyst = useViewer().role === 'ANALYST';
  const labels = t.byProviderKind.map((b) => bucketLabel(b, t.granularity));
  return (
    <>
      {analyst && <Paragraph className="transformatie-detail">{T.analystNote}</Paragraph>}
      <Headlines t={t} labels={labels} />
      <Heading3>{T.chartTitle}</Heading3>
      <StackedBarChart
        categories={t.byProviderKind.map((b) => shortLabel(b, t.granularity))}
        series={(['CARE', 'WELFARE', 'VOLUNTEER'] as const).map((kind, n) => ({
          name: PROVIDER_KIND_LABELS[kind],
          values: t.byProviderKind.map((b) => b.kinds[n]?.hoursShare ?? null),
        }))}
        emptyText={T.chartEmpty}
      />
      <div className="transformatie-detail">
        <TrendTable t={t} labels={labels} />
        <FundingTable t={t} />
        {analyst && <SuppressionLegend />}
        <Downloads t={t} />
      </div>
    </>
  );
}

/**
 * The headline figures: the lighter forms' share of hours, cost and arrangements, the first bucket with figures against
 * the last (a period that starts before the first reports would otherwise open with a dash).
 */
function Headlines({ t, labels }: { t: Transformation; labels: readonly string[] }) {
  if (t.byProviderKind.length === 0) return null;
  const line = (pick: 'hoursShare' | 'costShare' | 'arrangementsShare') => {
    const shown = t.byProviderKind
      .map((b, i) => ({ share: lighterShare(b.kinds, pick), period: labels[i] ?? '' }))
      .filter((x): x is { share: number; period: string } => x.share !== null);
    const first = shown[0];
    const last = shown[shown.length - 1];
    if (!first || !last) return formatPercent(null);
    if (first === last) return formatText(T.headlineOne, { share: formatPercent(first.share), period: first.period });
    return formatText(T.headlineFrom, {
      first: formatPercent(first.share),
      firstPeriod: first.period,
      last: formatPercent(last.share),
      lastPeriod: last.period,
    });
  };
  return (
    <dl className="transformatie-headlines">
      <dt>{T.headlineHours}</dt>
      <dd>{line('hoursShare')}</dd>
      <dt>{T.headlineCost}</dt>
      <dd>{line('costShare')}</dd>
      <dt>{T.headlineArrangements}</dt>
      <dd>{line('arrangementsShare')}</dd>
    </dl>
  );
}

function TrendTable({ t, labels }: { t: Transformation; labels: readonly string[] }) {
  const rows = [
    ...t.byProviderKind.flatMap((b, i) => b.kinds.map((k) => ({ period: labels[i] ?? b.periodStart, key: `${b.periodStart}-${k.kind}`, k }))),
    ...t.periodTotals.map((k) => ({ period: T.wholePeriod, key: `total-${k.kind}`, k })),
  ];
  return (
    <ResponsiveTable
      label={T.tableCaption}
      caption={T.tableCaption}
      columns={[
        { key: 'period', header: T.columnPeriod, rowHeader: true, nowrap: true },
        { key: 'kind', header: T.columnKind },
        { key: 'active', header: T.columnActive, numeric: true },
        { key: 'new', header: T.columnNew, numeric: true },
        { key: 'hours', header: T.columnHours, numeric: true },
        { key: 'cost', header: T.columnCost, numeric: true, nowrap: true },
        { key: 'aShare', header: T.columnArrangementsShare, numeric: true },
        { key: 'hShare', header: T.columnHoursShare, numeric: true },
        { key: 'cShare', header: T.columnCostShare, numeric: true },
      ]}
      rows={rows.map(({ period, key, k }) => ({
        key,
        cells: {
          period,
          kind: PROVIDER_KIND_LABELS[k.kind],
          active: formatNumber(k.activeArrangements),
          new: formatNumber(k.newArrangements),
          hours: formatNumber(k.hoursDelivered),
          cost: formatMoney(k.costCents),
          aShare: formatPercent(k.arrangementsShare),
          hShare: formatPercent(k.hoursShare),
          cShare: formatPercent(k.costShare),
        },
      }))}
    />
  );
}

function FundingTable({ t }: { t: Transformation }) {
  const f = t.fundingToLighter;
  const perHour = (cents: number | null | undefined, suppressed: readonly string[]) =>
    cell(formatMoney(cents), cents, 'agreedCentsPerHour', suppressed);
  const rows = f.receivers.map((r) => ({
    key: r.provider.id,
    cells: {
      name: r.provider.name,
      kind: PROVIDER_KIND_LABELS[r.provider.kind],
      agreed: formatMoney(r.agreedCents),
      paid: formatMoney(r.paidCents),
      hours: formatNumber(r.hoursDelivered),
      perHour: perHour(r.agreedCentsPerHour, r.suppressed),
    },
  }));
  if (rows.length > 1) {
    rows.push({
      key: 'total',
      cells: {
        name: T.fundingTotal,
        kind: '',
        agreed: formatMoney(f.agreedCents),
        paid: formatMoney(f.paidCents),
        hours: formatNumber(f.hoursDelivered),
        perHour: perHour(f.agreedCentsPerHour, f.suppressed),
      },
    });
  }
  return (
    <>
      <Heading3>{T.fundingTitle}</Heading3>
      <Paragraph>{T.fundingIntro}</Paragraph>
      <ResponsiveTable
        label={T.fundingCaption}
        caption={T.fundingCaption}
        empty={T.fundingEmpty}
        columns={[
          { key: 'name', header: T.columnReceiver, rowHeader: true },
          { key: 'kind', header: T.columnKind },
          { key: 'agreed', header: T.columnAgreed, numeric: true, nowrap: true },
          { key: 'paid', header: T.columnPaid, numeric: true, nowrap: true },
          { key: 'hours', header: T.columnHours, numeric: true },
          { key: 'perHour', header: T.columnPerHour, numeric: true, nowrap: true },
        ]}
        rows={rows}
      />
    </>
  );
}

function Downloads({ t }: { t: Transformation }) {
  const [failed, setFailed] = useState(false);
  const { from, to } = t.period;
  const download = (make: () => string, name: string) => {
    setFailed(false);
    try {
      save(make(), `${name}-${from}-${to}.csv`);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => download(() => substitutionTrendCsv(t), 'zorg-welzijn-vrijwilligers')}
        >
          {T.csvTrend}
        </Button>
        <Button appearance="secondary-action-button" type="button" onClick={() => download(() => fundingToLighterCsv(t), 'geld-naar-welzijn')}>
          {T.csvFunding}
        </Button>
      </ButtonGroup>
      {failed && <Paragraph role="alert">{T.csvFailed}</Paragraph>}
    </>
  );
}
