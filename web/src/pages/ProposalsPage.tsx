import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { LIST_EXPORT_TEXTS } from '@regiekamer/texts';
import { ListExport } from '../components/ListExport';
import { PageHeading } from '../components/PageHeading';
import { PageHelp } from '../components/PageHelp';
import { Pager, useCursorPager } from '../components/Pager';
import { QueryState } from '../components/States';
import { todayInAmsterdam } from '../lib/format';
import { Link, useLocation } from '../lib/router';
import { useViewer } from '../lib/session';
import { nextDeadline } from './proposals/next-deadline';
import { PROPOSALS } from './proposals/proposals.documents';
import { ProposalTable } from './proposals/ProposalTable';
import { SubmitProposal } from './proposals/SubmitProposal';

const PAGE_SIZE = 20;

export { nextDeadline };

export function ProposalsPage() {
  const viewer = useViewer();
  const { search } = useLocation();
  const onlyOverdue = search.get('te-laat') === '1';
  const pager = useCursorPager();
  const query = useQuery(PROPOSALS, { variables: { first: PAGE_SIZE, after: pager.after, filter: onlyOverdue ? { overdue: true } : null } });
  return (
    <>
      <PageHeading title="Voorstellen" />
      <PageHelp>
        <Paragraph>
          Op deze pagina staan alle voorstellen. Elk voorstel heeft vaste termijnen: na vier weken de standpunten, in week 5 het besluit en in week 6
          de terugkoppeling aan bewoners. “Te laat” betekent dat een termijn vandaag voorbij is. Kies een voorstel om het te openen.
        </Paragraph>
      </PageHelp>
      <Paragraph>
        Voorstellen (aanbiedingsformulieren) in hun cyclus van zes weken: standpunten van bewoners, medewerkers en organisatie, het beleidsoverleg in
        week 5 en de terugkoppeling in week 6.
      </Paragraph>
      <Paragraph>
        {onlyOverdue ? (
          <Link to="/voorstellen" onClick={() => pager.reset()}>
            Toon alle voorstellen
          </Link>
        ) : (
          <Link to="/voorstellen?te-laat=1" onClick={() => pager.reset()}>
            Toon alleen voorstellen die vandaag te laat zijn
          </Link>
        )}
      </Paragraph>
      {/* Every proposal ever submitted, with its decision and the council's check; this page printed likewise. */}
      <ListExport
        csvUrl={`/export/proposals.csv?from=2000-01-01&to=${todayInAmsterdam()}&separator=semicolon`}
        filename={`voorstellen-${todayInAmsterdam()}.csv`}
        csvLabel={LIST_EXPORT_TEXTS.proposalsCsv}
      />
      <QueryState query={query} what="De voorstellen">
        {(data) => (
          <>
            <ProposalTable
              proposals={data.proposals.edges.map((e) => e.node)}
              caption={onlyOverdue ? 'Voorstellen die vandaag te laat zijn' : 'Voorstellen'}
            />
            <Pager
              label="voorstellen"
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={data.proposals.edges.length}
              totalCount={data.proposals.totalCount}
              hasNextPage={data.proposals.pageInfo.hasNextPage}
              endCursor={data.proposals.pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </QueryState>
      {viewer.role === 'REGISSEUR' && <SubmitProposal />}
      {viewer.role === 'PROVIDER_REP' && (
        <Paragraph>
          <Link to="/voorstellen/nieuw">Spoedvoorstel indienen</Link>
        </Paragraph>
      )}
    </>
  );
}

/** Kept here as well for pages that import it from this module. */
export { ProposalTable };
