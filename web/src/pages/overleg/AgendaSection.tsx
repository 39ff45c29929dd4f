import { Heading3, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../lib/session';
import { AgendaAdd } from './AgendaAdd';

/** The agenda in order, with who brought each item in; participants add items until the minutes are written. */
export function AgendaSection({ o }: { o: OverlegFieldsFragment }) {
  const viewer = useViewer();
  return (
    <>
      <Heading3>Agenda</Heading3>
      {o.agenda.length === 0 ? (
        <Paragraph>Nog geen agendapunten.</Paragraph>
      ) : (
        <OrderedList>
          {[...o.agenda]
            .sort((a, b) => a.position - b.position)
            .map((item) => (
              <OrderedListItem key={item.position}>
                {item.title} <span className="muted">(ingebracht door {item.addedBy?.name ?? 'een vertegenwoordiger van een aanbieder'})</span>
              </OrderedListItem>
            ))}
        </OrderedList>
      )}
      {(viewer.role === 'REGISSEUR' || viewer.role === 'PROVIDER_REP') &&
        o.status !== 'CANCELLED' &&
        (o.minutes ? <Paragraph className="muted">Dit overleg is gehouden: de agenda is gesloten.</Paragraph> : <AgendaAdd o={o} />)}
    </>
  );
}
