import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { newIdempotencyKey, Notice } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { QueryState } from '../components/States';
import { errorText } from '@regiekamer/texts';
import { graphql } from '../gql';
import type { ConvenantsQuery } from '../gql/graphql';
import { isStale } from '../lib/errors';
import { formatDate, formatDateTime, formatMoney } from '../lib/format';
import { CONVENANT_STATUS_LABELS } from '../lib/labels';
import { useViewer, type Viewer } from '../lib/session';
import { TableScroll } from '../components/TableScroll';

export const CONVENANTS = graphql(`
  query Convenants {
    convenants(first: 10) {
      edges {
        node {
          id
          title
          status
          startsOn
          endsOn
          budgetCents
          version
          parties {
            kind
            provider {
              id
              name
            }
            signedAt
            signedBy {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const SIGN = graphql(`
  mutation ConvenantSign($id: ID!, $idempotencyKey: String) {
    convenantSign(id: $id, idempotencyKey: $idempotencyKey) {
      convenant {
        id
        status
        version
        parties {
          kind
          provider {
            id
            name
          }
          signedAt
          signedBy {
            id
            name
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const OPEN = graphql(`
  mutation ConvenantOpenForSigning($id: ID!, $version: Int!) {
    convenantOpenForSigning(id: $id, version: $version) {
      convenant {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Convenant = ConvenantsQuery['convenants']['edges'][number]['node'];
type Party = Convenant['parties'][number];

export const partyName = (p: Party) => (p.kind === 'MUNICIPALITY' ? 'Gemeente' : (p.provider?.name ?? 'Aanbieder'));

/** The party the viewer signs for: their provider, or the municipality for the regisseur. */
function ownParty(c: Convenant, viewer: Viewer): Party | undefined {
  if (viewer.role === 'REGISSEUR') return c.parties.find((p) => p.kind === 'MUNICIPALITY');
  if (viewer.role === 'PROVIDER_REP' && viewer.provider) return c.parties.find((p) => p.provider?.id === viewer.provider?.id);
  return undefined;
}

export function ConvenantPage() {
  const query = useQuery(CONVENANTS);
  return (
    <>
      <PageHeading title="Convenant" />
      <Paragraph>
        Het convenant is de afspraak van de gemeente en de aanbieders over de algemene voorziening. Het treedt in werking als alle partijen hebben
        ondertekend; een handtekening wordt nooit gewijzigd of verwijderd.
      </Paragraph>
      <QueryState query={query} what="De convenanten">
        {(data) =>
          data.convenants.edges.length === 0 ? (
            <Paragraph>Er is nog geen convenant.</Paragraph>
          ) : (
            data.convenants.edges.map(({ node }) => <ConvenantCard key={node.id} c={node} />)
          )
        }
      </QueryState>
    </>
  );
}

export function ConvenantCard({ c, headingLevel = 2 }: { c: Convenant; headingLevel?: 2 | 3 }) {
  const viewer = useViewer();
  const signed = c.parties.filter((p) => p.signedAt).length;
  const mine = ownParty(c, viewer);
  const titleId = `convenant-${c.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="section card" aria-labelledby={titleId}>
      <H id={titleId} className={`utrecht-heading-${headingLevel}`}>
        {c.title} <StatusBadge status={c.status.toLowerCase()}>{CONVENANT_STATUS_LABELS[c.status]}</StatusBadge>
      </H>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>Looptijd</DataListKey>
          <DataListValue>
            {formatDate(c.startsOn)} tot en met {formatDate(c.endsOn)}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Budget</DataListKey>
          <DataListValue>{formatMoney(c.budgetCents)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ondertekend</DataListKey>
          <DataListValue>
            {signed} van {c.parties.length} partijen
          </DataListValue>
        </DataListItem>
      </DataList>
      <TableScroll label="Partijen en handtekeningen">
        <Table className="data-table">
          <TableCaption>Partijen en handtekeningen</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Partij</TableHeaderCell>
              <TableHeaderCell scope="col">Ondertekend door</TableHeaderCell>
              <TableHeaderCell scope="col">Op</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {c.parties.map((p) => (
              <TableRow key={p.provider?.id ?? 'gemeente'}>
                <TableHeaderCell scope="row">{partyName(p)}</TableHeaderCell>
                <TableCell>{p.signedBy?.name ?? (p.signedAt ? 'Onbekend' : 'Nog niet ondertekend')}</TableCell>
                <TableCell>{formatDateTime(p.signedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      {c.status === 'OPEN_FOR_SIGNING' && mine && !mine.signedAt && <SignButton c={c} party={partyName(mine)} />}
      {mine?.signedAt && (
        <Paragraph>
          U heeft namens {partyName(mine)} ondertekend op {formatDateTime(mine.signedAt)}.
        </Paragraph>
      )}
      {c.status === 'DRAFT' && viewer.role === 'REGISSEUR' && <OpenButton c={c} />}
    </section>
  );
}

function SignButton({ c, party }: { c: Convenant; party: string }) {
  const [sign, { loading }] = useMutation(SIGN);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const key = useRef(newIdempotencyKey());
  async function onSign() {
    setError(null);
    try {
      const { data } = await sign({ variables: { id: c.id, idempotencyKey: key.current } });
      const errors = data?.convenantSign.userErrors ?? [];
      if (errors.length === 0) setDone(true);
      else setError(errors.map((e) => errorText(e)).join(' '));
    } catch {
      setError('Ondertekenen is niet gelukt door een technische storing. Probeer het opnieuw.');
    }
  }
  return (
    <div className="sign">
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {done && <Notice>U heeft het convenant ondertekend.</Notice>}
      <Paragraph>Door te ondertekenen verklaart u namens {party} in te stemmen met dit convenant. Dit kan niet ongedaan worden gemaakt.</Paragraph>
      <Button appearance="primary-action-button" type="button" busy={loading} onClick={() => void onSign()}>
        Convenant ondertekenen namens {party}
      </Button>
    </div>
  );
}

function OpenButton({ c }: { c: Convenant }) {
  const [open, { loading }] = useMutation(OPEN, { refetchQueries: [CONVENANTS] });
  const [error, setError] = useState<string | null>(null);
  async function onOpen() {
    setError(null);
    try {
      const { data } = await open({ variables: { id: c.id, version: c.version } });
      const errors = data?.convenantOpenForSigning.userErrors ?? [];
      if (isStale(errors))
        setError('Iemand anders heeft dit convenant intussen gewijzigd. De nieuwste gegevens staan hierboven; probeer het opnieuw.');
      else if (errors.length > 0) setError(errors.map((e) => errorText(e)).join(' '));
    } catch {
      setError('Het is niet gelukt door een technische storing. Probeer het opnieuw.');
    }
  }
  return (
    <div>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <Button appearance="secondary-action-button" type="button" busy={loading} onClick={() => void onOpen()}>
        Openstellen voor ondertekening
      </Button>
    </div>
  );
}
