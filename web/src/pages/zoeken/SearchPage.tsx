import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { formatText, SEARCH_PAGE_TEXTS as W, SEARCH_TEXTS as T } from '@regiekamer/texts';
import { useId, useState, type SubmitEvent } from 'react';
import { TextField } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { PageHelp } from '../../components/PageHelp';
import { Pager, useCursorPager } from '../../components/Pager';
import { QueryState } from '../../components/States';
import type { SearchQuery } from '../../gql/graphql';
import { Link, navigate, useLocation } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { hitLink, type FoundItem } from './hit-link';
import { SEARCH } from './search.documents';
import './search.css';

const PAGE_SIZE = 20;
const TYPE_LABELS: Record<FoundItem['__typename'], string> = {
  Proposal: T.typeProposal,
  Decision: T.typeDecision,
  Opgave: T.typeOpgave,
  Overleg: T.typeOverleg,
  Document: T.typeDocument,
};

/** /zoeken?q=…: the search box's results, best match first, the words found marked. */
export function SearchPage() {
  const { search } = useLocation();
  const q = (search.get('q') ?? '').trim();
  const formId = useId().replace(/:/g, '');
  const [text, setText] = useState(q);
  const [shownFor, setShownFor] = useState(q);
  if (shownFor !== q) {
    // A new search from the header box: the field follows the address.
    setShownFor(q);
    setText(q);
  }
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim()) navigate(`/zoeken?q=${encodeURIComponent(text.trim())}`);
  }
  return (
    <>
      <PageHeading title={T.title} />
      <PageHelp>
        <Paragraph>{T.intro}</Paragraph>
      </PageHelp>
      <form role="search" aria-label={T.title} className="search-form" onSubmit={submit} noValidate>
        <TextField formId={formId} name="q" label={T.fieldLabel} description={T.fieldHint} value={text} onChange={setText} errors={[]} type="search" />
        <Button appearance="primary-action-button" type="submit">
          {T.submit}
        </Button>
      </form>
      {q && <Results key={q} query={q} />}
    </>
  );
}

function Results({ query }: { query: string }) {
  const viewer = useViewer();
  const pager = useCursorPager();
  const result = useQuery(SEARCH, { variables: { query, first: PAGE_SIZE, after: pager.after } });
  return (
    <QueryState query={result} what={W.what}>
      {(data: SearchQuery) => (
        <section aria-labelledby="zoekresultaten" className="section">
          <h2 id="zoekresultaten" className="utrecht-heading-2" aria-live="polite">
            {formatText(T.resultsFor, { count: data.search.totalCount, query })}
          </h2>
          {data.search.edges.length === 0 ? (
            <Paragraph>{T.empty}</Paragraph>
          ) : (
            <ol className="search-results">
              {data.search.edges.map(({ node }) => (
                <Hit
                  key={node.item.id}
                  title={node.title}
                  parts={node.snippetParts}
                  link={hitLink(viewer.role, node.item as FoundItem)}
                  type={node.item.__typename}
                  fileName={node.item.__typename === 'Document' ? node.item.fileName : undefined}
                />
              ))}
            </ol>
          )}
          <Pager
            label={W.pagerLabel}
            page={pager.page}
            pageSize={PAGE_SIZE}
            shown={data.search.edges.length}
            totalCount={data.search.totalCount}
            hasNextPage={data.search.pageInfo.hasNextPage}
            endCursor={data.search.pageInfo.endCursor}
            onNext={pager.next}
            onPrevious={pager.previous}
          />
        </section>
      )}
    </QueryState>
  );
}

interface HitProps {
  title: string;
  parts: { text: string; match: boolean }[];
  link: string | null;
  type: FoundItem['__typename'];
  /** A document's: its link is a download (a file, not a page of the client). */
  fileName?: string;
}

function Hit({ title, parts, link, type, fileName }: HitProps) {
  const heading =
    link && fileName !== undefined ? (
      <a className="utrecht-link" href={link} download={fileName}>
        {title} {T.downloadHint}
      </a>
    ) : link ? (
      <Link to={link}>{title}</Link>
    ) : (
      title
    );
  return (
    <li className="search-hit">
      <p className="search-hit__type">{TYPE_LABELS[type]}</p>
      <h3 className="utrecht-heading-3 search-hit__title">{heading}</h3>
      <p className="search-hit__snippet">
        {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      </p>
    </li>
  );
}
