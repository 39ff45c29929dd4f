import { useQuery } from '@apollo/client/react';
import { formatText, HOME_ATTENTION_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { QueryState } from '../../components/States';
import { Link } from '../../lib/router';
import { useViewer } from '../../lib/session';
import { attentionLink, attentionText, SEVERITY_LABELS, type AttentionItem } from './attention-text';
import { ATTENTION } from './home.documents';

const FIRST = 8;

/** "Aandacht nodig": what is late or off track today, most urgent first, each linking to where it is dealt with. */
export function AttentionSection() {
  const query = useQuery(ATTENTION, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="section attention" aria-labelledby="aandacht">
      <Heading2 id="aandacht">{T.title}</Heading2>
      <QueryState query={query} what={T.what}>
        {(data) => <AttentionList items={data.attention} />}
      </QueryState>
    </section>
  );
}

function AttentionList({ items }: { items: readonly AttentionItem[] }) {
  const viewer = useViewer();
  const [all, setAll] = useState(false);
  if (items.length === 0) return <Paragraph>{T.none}</Paragraph>;
  const shown = all ? items : items.slice(0, FIRST);
  const urgent = items.filter((i) => i.severity === 'URGENT').length;
  return (
    <>
      <Paragraph>{formatText(items.length === 1 ? T.countOne : T.countMany, { count: String(items.length), urgent: String(urgent) })}</Paragraph>
      <ul className="attention__list">
        {shown.map((i) => (
          <li
            key={`${i.kind}:${i.subjectId}:${i.reason}:${i.provider?.id ?? ''}`}
            className={`attention__item attention__item--${i.severity.toLowerCase()}`}
          >
            <span className="attention__severity">{SEVERITY_LABELS[i.severity] ?? i.severity}</span>
            <AttentionTarget to={attentionLink(i, viewer.role)}>{attentionText(i)}</AttentionTarget>
          </li>
        ))}
      </ul>
      {items.length > FIRST && (
        <Button appearance="subtle-button" type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? formatText(T.showFirst, { count: String(FIRST) }) : formatText(T.showAll, { count: String(items.length) })}
        </Button>
      )}
    </>
  );
}

function AttentionTarget({ to, children }: { to: string | null; children: string }) {
  return to === null ? <span>{children}</span> : <Link to={to}>{children}</Link>;
}
