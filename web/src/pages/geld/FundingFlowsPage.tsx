import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
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
  { value: 'YEAR', label: 'Heel het jaar' },
  { value: '1', label: '1e kwartaal' },
  { value: '2', label: '2e kwartaal' },
  { value: '3', label: '3e kwartaal' },
  { value: '4', label: '4e kwartaal' },
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
      <PageHeading title="Geldstromen tussen aanbieders" />
      <FlowsHelp />
      {viewer.role !== 'ANALYST' && viewer.role !== 'ADMIN' && (
        <Paragraph>
          <Link to="/financiering">Naar de financieringsafspraken</Link>
        </Paragraph>
      )}
      <div className="search-form">
        <SelectField
          formId="geldstromen"
          name="year"
          label="Jaar"
          errors={[]}
          value={year}
          onChange={(v) => setYear(v || String(thisYear))}
          options={years.map((v) => ({ value: v, label: v }))}
        />
        <SelectField
          formId="geldstromen"
          name="part"
          label="Periode"
          errors={[]}
          value={part}
          onChange={(v) => setPart(v || 'YEAR')}
          options={PARTS}
        />
      </div>
      <QueryState query={query} what="De geldstromen">
        {(data) => (
          <>
            <Paragraph>
              Van {formatDate(data.fundingFlows.period.from)} tot en met {formatDate(data.fundingFlows.period.to)}.
            </Paragraph>
            <Heading2>Wie betaalt wie</Heading2>
            {data.fundingFlows.flows.length === 0 ? (
              <Paragraph>Geen gegevens: in deze periode is geen geld afgesproken of betaald.</Paragraph>
            ) : (
              <FlowsTable flows={data.fundingFlows.flows} />
            )}
            <Heading2>Saldo per aanbieder</Heading2>
            {viewer.role === 'PROVIDER_REP' && <Paragraph>U ziet alleen het saldo van uw eigen organisatie.</Paragraph>}
            {data.fundingFlows.positions.length === 0 ? (
              <Paragraph>Geen gegevens.</Paragraph>
            ) : (
              <PositionsTable positions={data.fundingFlows.positions} />
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
