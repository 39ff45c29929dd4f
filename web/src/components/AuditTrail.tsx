import { useQuery } from '@apollo/client/react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { AUDIT_TRAIL_TEXTS as T } from '@regiekamer/texts';
import { useId } from 'react';
import { graphql } from '../gql';
import { useViewer } from '../lib/session';
import { AuditTable } from './audit/AuditTable';
import { Pager, useCursorPager } from './Pager';
import { QueryState } from './States';

const PAGE_SIZE = 20;

export const AUDIT_TRAIL = graphql(`
  query AuditTrail($entityId: ID!, $first: Int!, $after: String) {
    auditTrail(entityId: $entityId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          at
          operation
          role
          tableName
          before
          after
          user {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Who changed what when, for the regisseur and the admin (the only roles the API shows the trail to). One line to add: `<AuditTrail id={node.id} />`. */
export function AuditTrail({ id }: { id: string }) {
  const viewer = useViewer();
  if (viewer.role !== 'REGISSEUR' && viewer.role !== 'ADMIN') return null;
  return <AuditTrailTable id={id} />;
}

function AuditTrailTable({ id }: { id: string }) {
  const headingId = `${useId().replace(/:/g, '')}-wijzigingen`;
  const pager = useCursorPager();
  const query = useQuery(AUDIT_TRAIL, { variables: { entityId: id, first: PAGE_SIZE, after: pager.after }, fetchPolicy: 'cache-and-network' });
  return (
    <section aria-labelledby={headingId} className="section">
      <Heading2 id={headingId}>{T.title}</Heading2>
      <Paragraph>{T.intro}</Paragraph>
      <QueryState query={query} what={T.what}>
        {({ auditTrail: { edges, totalCount, pageInfo } }) => (
          <>
            <AuditTable edges={edges} />
            <Pager
              label={T.pagerLabel}
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={edges.length}
              totalCount={totalCount}
              hasNextPage={pageInfo.hasNextPage}
              endCursor={pageInfo.endCursor}
              onNext={pager.next}
              onPrevious={pager.previous}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
