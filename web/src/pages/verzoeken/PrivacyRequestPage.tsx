import { useQuery } from '@apollo/client/react';
import {
  formatText,
  PRIVACY_DECISION_TEXTS as D,
  PRIVACY_GROUND_TEXTS as G,
  PRIVACY_IDENTITY_TEXTS as I,
  PRIVACY_KIND_TEXTS as K,
  PRIVACY_REQUEST_PAGE_TEXTS as W,
  PRIVACY_REQUEST_TEXTS as T,
  PRIVACY_STATUS_TEXTS as S,
} from '@regiekamer/texts';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/States';
import type { PrivacyRequestFieldsFragment, PrivacyRequestQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/format';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { CompileSection, DecideForm, ExtendForm, LinkForm } from './RequestForms';
import { PRIVACY_REQUEST } from './privacy-requests.documents';

const isRequest = (node: PrivacyRequestQuery['node']): node is PrivacyRequestFieldsFragment => Boolean(node && 'kind' in node && 'dueOn' in node);

/** One request: what was asked and checked, and the next step for whoever is looking (regisseur or representative). */
export function PrivacyRequestPage({ id }: { id: string }) {
  const query = useQuery(PRIVACY_REQUEST, { variables: { id } });
  const refetch = () => void query.refetch().catch(() => {});
  return (
    <QueryState query={query} what={W.what}>
      {(data) => (isRequest(data.node) ? <RequestView request={data.node} onChanged={refetch} /> : <Paragraph>{T.notFound}</Paragraph>)}
    </QueryState>
  );
}

function RequestView({ request: r, onChanged }: { request: PrivacyRequestFieldsFragment; onChanged: () => void }) {
  const viewer = useViewer();
  const regisseur = viewer.role === 'REGISSEUR';
  const open = r.status !== 'ANSWERED';
  return (
    <>
      <PageHeading title={formatText(T.detailHeading, { kind: K[r.kind] })} />
      <Paragraph>
        <Link to="/verzoeken">{T.back}</Link>
      </Paragraph>
      <dl className="facts">
        <dt>{T.provider}</dt>
        <dd>{r.provider.name}</dd>
        <dt>{T.colReference}</dt>
        <dd>{r.reference ?? '—'}</dd>
        <dt>{T.receivedOn}</dt>
        <dd>{formatDate(r.receivedOn)}</dd>
        <dt>{T.colDue}</dt>
        <dd>
          {r.overdue ? <strong>{`${formatDate(r.dueOn)} (${T.overdue})`}</strong> : formatDate(r.dueOn)}
          {r.extended ? ` (${T.extended}: ${r.extensionReason ?? ''})` : ''}
        </dd>
        <dt>{T.colStatus}</dt>
        <dd>{S[r.status]}</dd>
        <dt>{T.description}</dt>
        <dd>{r.description ?? '—'}</dd>
      </dl>
      <Paragraph>
        {formatText(T.verifiedBy, { date: formatDate(r.identityVerifiedOn), method: I[r.identityMethod] })} {r.identityVerifiedBy?.name ?? ''}
      </Paragraph>
      <Paragraph>{r.clientLinked ? (r.noDataHeld ? T.linkedNoData : T.linkedYes) : T.linkedNot}</Paragraph>
      {r.clientKey && <Paragraph>{formatText(T.yourKey, { key: r.clientKey })}</Paragraph>}
      {!regisseur && open && r.kind === 'CORRECTION' && <Paragraph>{T.correctionHint}</Paragraph>}
      {!regisseur && r.status === 'RECEIVED' && <LinkForm request={r} onDone={onChanged} />}
      {regisseur && r.kind === 'ACCESS' && <CompileSection request={r} onDone={onChanged} />}
      {regisseur && open && !r.extended && !r.overdue && <ExtendForm request={r} onDone={onChanged} />}
      {regisseur && open && <DecideForm request={r} onDone={onChanged} />}
      {r.decision && r.answeredOn && (
        <section aria-labelledby="besluit-kop">
          <Heading2 id="besluit-kop">{T.decideHeading}</Heading2>
          <Paragraph>{formatText(T.answered, { date: formatDate(r.answeredOn), decision: D[r.decision] })}</Paragraph>
          {r.legalGround && <Paragraph>{G[r.legalGround]}</Paragraph>}
          {r.decisionNote && <Paragraph>{r.decisionNote}</Paragraph>}
          {r.effect.length > 0 && (
            <>
              <Heading2>{T.effectHeading}</Heading2>
              <UnorderedList>
                {r.effect.map((e) => (
                  <UnorderedListItem key={`${e.tableName}-${e.recordId ?? ''}`}>
                    {formatText(T.effectCount, { table: e.tableName, count: e.count })}
                    {e.recordId ? ` (${e.recordId}; audit ${e.auditEntryIds.join(', ')})` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </section>
      )}
      {r.compiledAt && !regisseur && <Paragraph>{formatText(T.compiled, { at: formatDateTime(r.compiledAt) })}</Paragraph>}
    </>
  );
}
