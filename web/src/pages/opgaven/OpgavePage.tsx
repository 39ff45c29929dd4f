import { useQuery } from '@apollo/client/react';
import { Paragraph } from '@utrecht/component-library-react';
import { formatText, OPGAVE_PAGE_TEXTS as T } from '@regiekamer/texts';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { QueryState } from '../../components/States';
import type { OpgaveQuery } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { AteliersSection } from './AteliersSection';
import { OpgaveFacts } from './OpgaveFacts';
import { OpgavenNav } from './OpgavenNav';
import { OPGAVE } from './opgave.documents';
import { SelectionSection } from './SelectionSection';
import { StatusSection } from './StatusSection';
import { TeamSection } from './TeamSection';
import './opgaven.css';
import { AuditTrail } from '../../components/AuditTrail';

export type OpgaveDetail = Extract<NonNullable<OpgaveQuery['node']>, { __typename: 'Opgave' }>;

/** One opgave: where it stands, the vote that chose it, its team and its ateliers; the regisseur keeps them up to date. */
export function OpgavePage({ id }: { id: string }) {
  const viewer = useViewer();
  const query = useQuery(OPGAVE, { variables: { id } });
  const node = query.data?.node;
  const opgave = node?.__typename === 'Opgave' ? node : null;
  const canEdit = viewer.role === 'REGISSEUR';
  return (
    <>
      <PageHeading title={opgave ? formatText(T.titleOf, { title: opgave.title }) : T.title} />
      <PageHelp>
        <Paragraph>{T.helpAbout}</Paragraph>
        <Paragraph>{T.helpAteliers}</Paragraph>
        <Paragraph>{T.helpSelection}</Paragraph>
      </PageHelp>
      <OpgavenNav current="/opgaven" />
      <QueryState query={query} what={T.what}>
        {() =>
          opgave ? (
            <>
              <OpgaveFacts o={opgave} />
              <SelectionSection o={opgave} />
              {canEdit && <StatusSection o={opgave} />}
              <TeamSection o={opgave} canEdit={canEdit} />
              <AteliersSection o={opgave} canEdit={canEdit} />
              <AuditTrail id={opgave.id} />
            </>
          ) : (
            <Paragraph>{T.missing}</Paragraph>
          )
        }
      </QueryState>
    </>
  );
}
