import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { TableScroll } from '../../components/TableScroll';
import type { ProvidersQuery } from '../../gql/graphql';
import { PROVIDER_KIND_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';

type Provider = ProvidersQuery['providers']['edges'][number]['node'];

/** The providers, each name linking to its page. */
export function ProviderTable({ providers, withRepresentatives }: { providers: Provider[]; withRepresentatives: boolean }) {
  return (
    <TableScroll label="Aanbieders">
      <Table className="data-table">
        <TableCaption>Aanbieders</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">KvK-nummer</TableHeaderCell>
            <TableHeaderCell scope="col">AGB-code</TableHeaderCell>
            {withRepresentatives && <TableHeaderCell scope="col">Vertegenwoordigers</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {providers.map((node) => (
            <TableRow key={node.id}>
              <TableHeaderCell scope="row">
                <Link to={`/aanbieders/${encodeURIComponent(node.id)}`}>{node.name}</Link>
              </TableHeaderCell>
              <TableCell>{PROVIDER_KIND_LABELS[node.kind]}</TableCell>
              <TableCell>{node.kvkNumber}</TableCell>
              <TableCell>{node.agbCode ?? '—'}</TableCell>
              {withRepresentatives && (
                <TableCell>
                  {(node.representatives ?? []).length === 0
                    ? '—'
                    : (node.representatives ?? []).map((r) => (
                        <span key={r.email} className="representative">
                          {r.name} (
                          <a className="utrecht-link" href={`mailto:${r.email}`}>
                            {r.email}
                          </a>
                          )
                        </span>
                      ))}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
