import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ANNUAL_PLANS_PAGE_TEXTS as T, formatText, LIST_EXPORT_TEXTS } from '@regiekamer/texts';
import { SelectField } from '../../components/Form';
import { ListExport } from '../../components/ListExport';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import { todayInAmsterdam } from '../../lib/format';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { PlansHelp } from './help';
import { PLANS_OF_YEAR } from './plans.documents';
import { QuarterGrid } from './QuarterGrid';

/** Per year: every annual plan and where each of its quarters stands. */
export function AnnualPlansPage() {
  const viewer = useViewer();
  const today = todayInAmsterdam();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const query = useQuery(PLANS_OF_YEAR, { variables: { year: Number(year) } });
  const years = Array.from({ length: 7 }, (_, i) => String(thisYear + 1 - i));
  return (
    <>
      <PageHeading title={T.title} />
      <PlansHelp />
      {(viewer.role === 'REGISSEUR' || viewer.role === 'PROVIDER_REP') && (
        <Paragraph>
          <Link to="/jaarplannen/nieuw">{T.create}</Link>
        </Paragraph>
      )}
      <div className="search-form">
        <SelectField
          formId="jaarplannen"
          name="year"
          label={T.yearLabel}
          errors={[]}
          value={year}
          onChange={(v) => setYear(v || String(thisYear))}
          options={years.map((v) => ({ value: v, label: v }))}
        />
      </div>
      <ListExport
        csvUrl={`/export/quarter-reports.csv?from=${year}-01-01&to=${year}-12-31&separator=semicolon`}
        filename={`kwartaalverantwoording-${year}.csv`}
        csvLabel={formatText(LIST_EXPORT_TEXTS.quartersCsv, { year })}
      />
      <QueryState query={query} what={T.what}>
        {(data) =>
          data.annualPlans.edges.length === 0 ? (
            <Paragraph>{formatText(T.none, { year })}</Paragraph>
          ) : (
            <QuarterGrid
              year={Number(year)}
              today={today}
              plans={data.annualPlans.edges.map((e) => e.node)}
              reports={data.quarterReports.edges.map((e) => e.node)}
            />
          )
        }
      </QueryState>
    </>
  );
}
