import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatText, OVERLEG_ROLE_TEXTS, OVERLEG_TEXTS, OVERLEG_CARD_TEXTS as T } from '@regiekamer/texts';
import { DecisionView } from '../../components/DecisionView';
import { Notice } from '../../components/Form';
import type { OverlegFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { MEMBER_KIND_LABELS, OVERLEG_KIND_LABELS } from '../../lib/labels';
import { Link } from '../../lib/router';
import { ActionsTable } from './ActionsTable';
import { AgendaSection } from './AgendaSection';
import { domId } from './ids';

export function participantList(o: OverlegFieldsFragment): string {
  return o.participants.map((p) => `${p.name ?? MEMBER_KIND_LABELS[p.kind]}${p.organisation ? ` (${p.organisation})` : ''}`).join(', ');
}

/** One meeting: when and who, the agenda, the decisions taken there, the minutes and the actions. */
export function OverlegCard({ o, link = false, onChanged }: { o: OverlegFieldsFragment; link?: boolean; onChanged?: () => unknown }) {
  const id = domId('overleg', o.id);
  const open = o.actions.filter((a) => a.status === 'OPEN').length;
  return (
    <section className="section card" aria-labelledby={id}>
      <Heading2 id={id}>
        {o.title}
        {o.status === 'CANCELLED' && ` (${OVERLEG_TEXTS.cancelled})`}
      </Heading2>
      {o.status === 'CANCELLED' && <Notice type="warning">{OVERLEG_TEXTS.cancelledNotice}</Notice>}
      <Paragraph>
        {formatText(T.kindOn, { kind: OVERLEG_KIND_LABELS[o.kind], date: formatDate(o.heldOn) })}
        {o.startsAt && o.endsAt ? `, ${formatText(OVERLEG_TEXTS.timeRange, { start: o.startsAt, end: o.endsAt })}` : ''}
        {o.location ? `, ${o.location}` : ''}.{o.participants.length > 0 && ` ${formatText(T.participants, { list: participantList(o) })}`}
      </Paragraph>
      {/* Each role by name when one is named (a resident's name is null to analysts: then it is left out). */}
      {o.chairName && (
        <Paragraph>
          {OVERLEG_ROLE_TEXTS.chair}: {o.chairName}
        </Paragraph>
      )}
      {o.minuteTakerName && (
        <Paragraph>
          {OVERLEG_ROLE_TEXTS.minuteTaker}: {o.minuteTakerName}
        </Paragraph>
      )}
      {link && (
        <Paragraph>
          <Link to={`/overleg/${encodeURIComponent(o.id)}`}>
            {T.open}
            <span className="visually-hidden"> {o.title}</span>
          </Link>
        </Paragraph>
      )}
      <AgendaSection o={o} />
      <Heading3>{T.decisions}</Heading3>
      {o.decisions.length === 0 ? <Paragraph>{T.noDecisions}</Paragraph> : o.decisions.map((d) => <DecisionView key={d.id} d={d} />)}
      {o.minutes && (
        <>
          <Heading3>{T.minutes}</Heading3>
          <Paragraph className="preserve">{o.minutes}</Paragraph>
        </>
      )}
      <Heading3>{T.actions}</Heading3>
      {o.actions.length === 0 ? (
        <Paragraph>{T.noActions}</Paragraph>
      ) : (
        <ActionsTable caption={formatText(T.actionsCaption, { open: String(open) })} actions={o.actions} onChanged={onChanged} />
      )}
    </section>
  );
}
