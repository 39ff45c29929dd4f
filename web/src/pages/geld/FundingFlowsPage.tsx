import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { formatText, FUNDING_FLOWS_PAGE_TEXTS as T } from '@regiekamer/texts';
import { SelectField } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import { formatDate, todayInAmsterdam } from '../../lib/format';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { FlowsTable, PositionsTable } from './FlowsTables';
import { FUNDING_FLOWS } from './funding.documents';
import { FlowsHelp } from './help';
import { quarterEnd, quarterStart } from './quarters';

type Part = 'YEAR' | '1' | '2' | '3' | '4';
const PARTS: { value: Part; label: string }[] = [
  { value: 'YEAR', label: T.wholeYear },
  { value: '1', label: T.quarter1 },
  { value: '2', label: T.quarter2 },
  { value: '3', label: T.quarter3 },
  { value: '4', label: T.quarter4 },
];

/** Who pays whom how much in a year or quarter, with each provider's balance. */
export function FundingFlowsPage() {
  const viewer = useViewer();
  const thisYear = Number(todayInAmsterdam().slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [part, setPart] = useState<Part>('YEAR');
  const y = Number(year);
  const period =
    part === 'YEAR' ? { from: `${y}-01-01`, to: `${y}-12-31` } : { from: quarterStart(y, Number(part)), to: quarterEnd(y, Number(part)) };
  const query = useQuery(FUNDING_FLOWS, { variables: { period } });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  return (
    <>
      <PageHeading title={T.title} />
      <FlowsHelp />
      {viewer.role !== 'ANALYST' && viewer.role !== 'ADMIN' && (
        <Paragraph>
          <Link to="/financiering">{T.agreementsLink}</Link>
        </Paragraph>
      )}
      <div className="search-form">
        <SelectField
          formId="geldstromen"
          name="year"
          label={T.yearLabel}
          errors={[]}
          value={year}
          onChange={(v) => setYear(v || String(thisYear))}
          options={years.map((v) => ({ value: v, label: v }))}
        />
        <SelectField
          formId="geldstromen"
          name="part"
          label={T.periodLabel}
          errors={[]}
          value={part}
          onChange={(v) => setPart(v || 'YEAR')}
          options={PARTS}
        />
      </div>
      <QueryState query={query} what={T.what}>
        {(data) => (
          <>
            <Paragraph>
              {formatText(T.period, { from: formatDate(data.fundingFlows.period.from), to: formatDate(data.fundingFlows.period.to) })}
            </Paragraph>
            <Heading2>{T.flowsHeading}</Heading2>
            {data.fundingFlows.flows.length === 0 ? (
              <Paragraph>{T.noFlows}</Paragraph>
            ) : (
              <FlowsTable flows={data.fundingFlows.flows} />
            )}
            <Heading2>{T.positionsHeading}</Heading2>
            {viewer.role === 'PROVIDER_REP' && <Paragraph>{T.ownOnly}</Paragraph>}
            {data.fundingFlows.positions.length === 0 ? (
              <Paragraph>{T.noPositions}</Paragraph>
            ) : (
              <PositionsTable positions={data.fundingFlows.positions} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
