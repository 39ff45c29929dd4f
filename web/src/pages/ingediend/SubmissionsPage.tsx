import { useMutation, useQuery } from '@apollo/client/react';
import { Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { errorText, SUBMISSION_PAGE_TEXTS as T } from '@regiekamer/texts';
import { useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { LoadError, Loading } from '../../components/States';
import { graphql } from '../../gql';
import type { SubmissionsQuery } from '../../gql/graphql';

const SUBMISSIONS = graphql(`
  query Submissions {
    opgaveSubmissions {
      id
      title
      description
      area
      contactEmail
      createdAt
    }
    opgaven(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation SubmissionPublish($id: ID!) {
    opgaveSubmissionPublish(id: $id) {
      submission {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const MERGE = graphql(`
  mutation SubmissionMerge($id: ID!, $opgaveId: ID!) {
    opgaveSubmissionMerge(id: $id, opgaveId: $opgaveId) {
      submission {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DECLINE = graphql(`
  mutation SubmissionDecline($id: ID!, $reason: String!) {
    opgaveSubmissionDecline(id: $id, reason: $reason) {
      submission {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Submission = SubmissionsQuery['opgaveSubmissions'][number];
type Opgave = SubmissionsQuery['opgaven']['edges'][number]['node'];
type Problem = { code: string; field?: string | null; message: string } | undefined;

/** `/ingediende-opgaven` (REGISSEUR): the opgaven residents brought in on /meedoen, each published, merged or declined. */
export function SubmissionsPage() {
  const { data, loading, error } = useQuery(SUBMISSIONS);
  const [notice, setNotice] = useState('');
  return (
    <>
      <PageHeading title={T.title} />
      <Paragraph>{T.intro}</Paragraph>
      <p role="status" className="notice">
        {notice}
      </p>
      {loading && <Loading what={T.title} />}
      {error && <LoadError what={T.title} />}
      {data?.opgaveSubmissions.length === 0 && <Paragraph>{T.empty}</Paragraph>}
      {data?.opgaveSubmissions.map((s) => (
        <SubmissionCard key={s.id} submission={s} opgaven={data.opgaven.edges.map((e) => e.node)} onDone={setNotice} />
      ))}
    </>
  );
}

function SubmissionCard({ submission: s, opgaven, onDone }: { submission: Submission; opgaven: readonly Opgave[]; onDone: (text: string) => void }) {
  const refetch = { refetchQueries: ['Submissions'], awaitRefetchQueries: true };
  const [publish, publishing] = useMutation(PUBLISH, refetch);
  const [merge, merging] = useMutation(MERGE, refetch);
  const [decline, declining] = useMutation(DECLINE, refetch);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem>(undefined);
  const busy = publishing.loading || merging.loading || declining.loading;
  const idOf = (what: string) => `${what}-${s.id}`;

  const finish = (found: Problem, done: string) => {
    setProblem(found);
    if (!found) onDone(done);
  };

  return (
    <section className="card" aria-labelledby={idOf('titel')}>
      <Heading2 id={idOf('titel')}>{s.title}</Heading2>
      <Paragraph>{s.description}</Paragraph>
      <dl>
        <dt>{T.area}</dt>
        <dd>{s.area}</dd>
        <dt>{T.contact}</dt>
        <dd>{s.contactEmail ?? T.noContact}</dd>
      </dl>
      {problem && (
        <p role="alert" className="error-text">
          {errorText(problem)}
        </p>
      )}
      <Button
        appearance="primary-action-button"
        disabled={busy}
        onClick={() => void publish({ variables: { id: s.id } }).then((r) => finish(r.data?.opgaveSubmissionPublish.userErrors[0], T.published))}
      >
        {T.publish}
      </Button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void merge({ variables: { id: s.id, opgaveId: target } }).then((r) => finish(r.data?.opgaveSubmissionMerge.userErrors[0], T.merged));
        }}
      >
        <FormField>
          <FormLabel htmlFor={idOf('samenvoegen')}>{T.mergeInto}</FormLabel>
          <Select id={idOf('samenvoegen')} value={target} required onChange={(e) => setTarget(e.target.value)}>
            <SelectOption value="">{T.mergeChoose}</SelectOption>
            {opgaven.map((o) => (
              <SelectOption key={o.id} value={o.id}>
                {o.title}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={busy || target === ''}>
          {T.merge}
        </Button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void decline({ variables: { id: s.id, reason } }).then((r) => finish(r.data?.opgaveSubmissionDecline.userErrors[0], T.declined));
        }}
      >
        <FormField>
          <FormLabel htmlFor={idOf('reden')}>{T.declineReason}</FormLabel>
          <Textarea id={idOf('reden')} value={reason} required onChange={(e) => setReason(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          {T.decline}
        </Button>
      </form>
    </section>
  );
}
