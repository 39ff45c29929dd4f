import { useQuery } from '@apollo/client/react';
import { formatText, HOME_YEAR_FIGURES_TEXTS as T } from '@regiekamer/texts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { QueryState } from '../../components/States';
import { formatDate } from '../../lib/format';
import { Link, useLocation } from '../../lib/router';
import { HOME_FIGURES } from './home.documents';
import { KeyFigures } from './KeyFigures';
import { ProviderBudgets } from './ProviderBudgets';
import { homePeriods, providerBudgets, yearElapsed } from './year-figures';
import { YearCompare } from './YearCompare';

/** This year's figures: four key figures, cost per month against last year, and cost against budget per provider. */
export function YearFigures({ perProvider = true }: { perProvider?: boolean }) {
  const { search } = useLocation();
  const periods = homePeriods(search.get('jaar'));
  const { year, thisYear, lastYear } = periods;
  const query = useQuery(HOME_FIGURES, { variables: { year, thisYear, lastYear } });
  return (
    <section className="section" aria-labelledby="cijfers">
      <Heading2 id="cijfers">
        {formatText(T.title, { year: String(year) })}
        {year === periods.current ? T.soFar : ''}
      </Heading2>
      <Paragraph>
        {year === periods.current ? (
          <Link to={`/?jaar=${year - 1}`}>{formatText(T.viewYear, { year: String(year - 1) })}</Link>
        ) : (
          <Link to="/">{T.backToThisYear}</Link>
        )}
      </Paragraph>
      <QueryState query={query} what={T.what}>
        {(data) => (
          <>
            <Paragraph>{formatText(T.period, { from: formatDate(periods.thisYear.from), to: formatDate(periods.thisYear.to) })}</Paragraph>
            <KeyFigures o={data.thisYear} />
            <YearCompare data={data} year={year} running={periods.running} />
            {perProvider && (
              <ProviderBudgets
                providers={providerBudgets(data)}
                elapsed={periods.running < 0 ? 0 : yearElapsed(thisYear.to)}
                year={year}
                soFar={year === periods.current}
              />
            )}
          </>
        )}
      </QueryState>
      <Paragraph>
        <Link to="/overzicht">{T.overviewLink}</Link>
      </Paragraph>
    </section>
  );
}
