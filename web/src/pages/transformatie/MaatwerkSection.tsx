import { useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatText, MAATWERK_PROVISION_TEXTS, MAATWERK_TEXTS as T } from '@regiekamer/texts';
import { useId } from 'react';
import { LineChart } from '../../components/charts/LineChart';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { formatMoney, formatNumber } from '../../lib/format';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { save } from '../overview/save-file';
import { MAATWERK_SERIES } from './maatwerk-documents';
import { axisLabel, begeleidingClients, bucketLabel, csvFileName, maatwerkCsv, yearsPeriod, type Bucket, type Interval } from './maatwerk-curve';
import type { SectionProps } from './sections';

const INTERVAL_NAME: Record<Interval, string> = { YEAR: T.year, QUARTER: T.quarter, MONTH: T.month };

/**
 * Maatwerk, the other side of the substitution: the Wmo administration's maatwerk beside the algemene voorziening,
 * per year (the curve the convenant was signed for, printed) and per bucket of the chosen period (tables and CSV).
 * Maatwerk is the municipality's as a whole: the provider filter does not apply to it.
 */
export function MaatwerkSection({ filters }: SectionProps) {
  const headingId = `${useId().replace(/:/g, '')}-maatwerk`;
  const regisseur = useViewer().role === 'REGISSEUR';
  const years = useQuery(MAATWERK_SERIES, { variables: { period: yearsPeriod(filters.from, filters.to), granularity: 'YEAR' } });
  const buckets = useQuery(MAATWERK_SERIES, { variables: { period: { from: filters.from, to: filters.to }, granularity: filters.granularity } });
  const perYear = years.data?.maatwerkSeries.buckets ?? [];
  const perBucket = buckets.data?.maatwerkSeries.buckets ?? [];
  return (
    <section className="transformatie-section" aria-labelledby={headingId}>
      <Heading2 id={headingId}>{T.sectionHeading}</Heading2>
      <Paragraph className="transformatie-intro">{T.sectionIntro}</Paragraph>
      {!regisseur && <Paragraph>{T.analystNote}</Paragraph>}
      {years.loading ? <Paragraph>{T.loading}</Paragraph> : <Headline buckets={perYear} />}
      <Heading3>{T.perYear}</Heading3>
      <Curve buckets={perYear} interval="YEAR" />
      <div className="transformatie-detail">
        <CurveTable buckets={perYear} interval="YEAR" />
        <Heading3>{formatText(T.perBucket, { granularity: INTERVAL_NAME[filters.granularity] })}</Heading3>
        <Curve buckets={perBucket} interval={filters.granularity} />
        <CurveTable buckets={perBucket} interval={filters.granularity} />
        <ProvisionTable buckets={perBucket} interval={filters.granularity} />
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            type="button"
            disabled={perBucket.length === 0}
            onClick={() => save(maatwerkCsv(perBucket, filters.granularity), csvFileName(filters.from, filters.to))}
          >
            {T.csv}
          </Button>
        </ButtonGroup>
        {regisseur && (
          <Paragraph>
            <Link to="/transformatie/maatwerk">{T.importLink}</Link>
          </Paragraph>
        )}
      </div>
    </section>
  );
}

/** The last year with maatwerk loaded, in one sentence. */
function Headline({ buckets }: { buckets: readonly Bucket[] }) {
  const last = [...buckets].reverse().find((b) => b.monthsLoaded > 0);
  if (!last) return <Paragraph>{T.headlineNone}</Paragraph>;
  return (
    <Paragraph>
      {formatText(T.headline, {
        period: bucketLabel(last.periodStart, 'YEAR'),
        clients: formatNumber(last.maatwerk.clients),
        cost: formatMoney(last.maatwerk.costCents),
        begeleiding: formatNumber(begeleidingClients(last)),
        residents: formatNumber(last.algemeneVoorziening.uniqueResidents),
        generalCost: formatMoney(last.algemeneVoorziening.costCents),
      })}
    </Paragraph>
  );
}

/**
 * The substitution curve: residents with maatwerk begeleiding (what the algemene voorziening replaced) and residents with
 * the algemene voorziening. A picture; the table beside it has the figures.
 */
function Curve({ buckets, interval }: { buckets: readonly Bucket[]; interval: Interval }) {
  return (
    <LineChart
      categories={buckets.map((b) => axisLabel(b.periodStart, interval))}
      series={[
        { name: T.seriesMaatwerk, values: buckets.map((b) => (b.monthsLoaded > 0 ? begeleidingClients(b) : null)) },
        { name: T.seriesGeneral, values: buckets.map((b) => b.algemeneVoorziening.uniqueResidents ?? null), style: 'dashed' },
      ]}
      formatValue={(v) => formatNumber(v)}
    />
  );
}

function CurveTable({ buckets, interval }: { buckets: readonly Bucket[]; interval: Interval }) {
  const label = formatText(T.tableLabel, { granularity: INTERVAL_NAME[interval] });
  return (
    <ResponsiveTable
      label={label}
      caption={label}
      columns={[
        { key: 'period', header: T.columnPeriod, rowHeader: true, nowrap: true },
        { key: 'begeleiding', header: T.columnBegeleiding, numeric: true },
        { key: 'clients', header: T.columnMaatwerkClients, numeric: true },
        { key: 'cost', header: T.columnMaatwerkCost, numeric: true },
        { key: 'residents', header: T.columnGeneralResidents, numeric: true },
        { key: 'active', header: T.columnGeneralActive, numeric: true },
        { key: 'generalCost', header: T.columnGeneralCost, numeric: true },
        { key: 'months', header: T.columnMonthsLoaded, numeric: true },
      ]}
      rows={buckets.map((b) => ({
        key: b.periodStart,
        cells: {
          period: bucketLabel(b.periodStart, interval),
          begeleiding: b.monthsLoaded > 0 ? formatNumber(begeleidingClients(b)) : '—',
          clients: b.monthsLoaded > 0 ? formatNumber(b.maatwerk.clients) : '—',
          cost: b.monthsLoaded > 0 ? formatMoney(b.maatwerk.costCents) : '—',
          residents: formatNumber(b.algemeneVoorziening.uniqueResidents),
          active: formatNumber(b.algemeneVoorziening.arrangements.active),
          generalCost: formatMoney(b.algemeneVoorziening.costCents),
          months: b.monthsLoaded,
        },
      }))}
    />
  );
}

function ProvisionTable({ buckets, interval }: { buckets: readonly Bucket[]; interval: Interval }) {
  const label = formatText(T.provisionTableLabel, { granularity: INTERVAL_NAME[interval] });
  return (
    <ResponsiveTable
      label={label}
      caption={label}
      columns={[
        { key: 'period', header: T.columnPeriod, rowHeader: true, nowrap: true },
        { key: 'provision', header: T.columnProvision },
        { key: 'clients', header: T.columnClients, numeric: true },
        { key: 'cost', header: T.columnCost, numeric: true },
        { key: 'fresh', header: T.columnNewClients, numeric: true },
      ]}
      rows={buckets.flatMap((b) =>
        b.byProvision.map((p) => ({
          key: `${b.periodStart}-${p.provision}`,
          cells: {
            period: bucketLabel(b.periodStart, interval),
            provision: MAATWERK_PROVISION_TEXTS[p.provision],
            clients: formatNumber(p.clients),
            cost: formatMoney(p.costCents),
            fresh: formatNumber(p.newClients),
          },
        })),
      )}
      empty={T.headlineNone}
    />
  );
}
