import { useQuery } from '@apollo/client/react';
import { HOME_MY_ARRANGEMENTS_TEXTS as T } from '@regiekamer/texts';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { ResponsiveTable } from '../../components/ResponsiveTable';
import { QueryState } from '../../components/States';
import { ARRANGEMENT_STATUS_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { MY_COUNTS } from './home.documents';

/** A representative's own arrangements per status, each linking to the list with that filter. */
export function MyArrangements() {
  const query = useQuery(MY_COUNTS);
  return (
    <section className="section" aria-labelledby="mijn-arrangementen">
      <Heading2 id="mijn-arrangementen">{T.title}</Heading2>
      <QueryState query={query} what={T.what}>
        {(data) => (
          <ResponsiveTable
            label={T.table}
            caption={T.table}
            stack={false}
            columns={[
              { key: 'status', header: T.status, rowHeader: true },
              { key: 'count', header: T.count, numeric: true },
            ]}
            rows={(
              [
                ['REQUESTED', data.requested.totalCount],
                ['ACTIVE', data.active.totalCount],
                ['PAUSED', data.paused.totalCount],
                ['ENDED', data.ended.totalCount],
              ] as const
            ).map(([status, count]) => ({
              key: status,
              cells: { status: <Link to={`/arrangementen?status=${status}`}>{ARRANGEMENT_STATUS_LABELS[status]}</Link>, count },
            }))}
          />
        )}
      </QueryState>
      <Paragraph>
        <Link to="/arrangementen">{T.all}</Link> · <Link to="/arrangementen/nieuw">{T.new}</Link>
      </Paragraph>
    </section>
  );
}
