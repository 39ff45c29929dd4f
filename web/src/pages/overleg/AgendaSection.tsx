import { formatText, AGENDA_SECTION_TEXTS as T } from '@regiekamer/texts';
import { Heading3, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { AgendaAdd } from './AgendaAdd';

/** The agenda in order, with who brought each item in; participants add items until the minutes are written. */
export function AgendaSection({ o }: { o: OverlegFieldsFragment }) {
  const viewer = useViewer();
  return (
    <>
      <Heading3>{T.title}</Heading3>
      {o.agenda.length === 0 ? (
        <Paragraph>{T.empty}</Paragraph>
      ) : (
        <OrderedList>
          {[...o.agenda]
            .sort((a, b) => a.position - b.position)
            .map((item) => (
              <OrderedListItem key={item.position}>
                {item.title} <span className="muted">{formatText(T.addedBy, { name: item.addedBy?.name ?? T.someRepresentative })}</span>
              </OrderedListItem>
            ))}
        </OrderedList>
      )}
      {(viewer.role === 'REGISSEUR' || viewer.role === 'PROVIDER_REP') &&
        o.status !== 'CANCELLED' &&
        (o.minutes ? <Paragraph className="muted">{T.closed}</Paragraph> : <AgendaAdd o={o} />)}
    </>
  );
}
