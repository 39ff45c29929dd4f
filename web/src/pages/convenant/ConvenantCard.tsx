import { CONVENANT_CARD_TEXTS as T, formatText } from '@regiekamer/texts';
import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { formatDate, formatDateTime, formatMoney } from '../../lib/format';
import { CONVENANT_STATUS_LABELS } from '../../lib/labels';
import { useViewer } from '../../lib/session';
import { OpenButton } from './OpenButton';
import { PartiesTable } from './PartiesTable';
import { ownParty, partyInSentence, type Convenant } from './party';
import { SignButton } from './SignButton';
import { ConvenantLife, inForceText } from './ConvenantLife';

export function ConvenantCard({ c, headingLevel = 2 }: { c: Convenant; headingLevel?: 2 | 3 }) {
  const viewer = useViewer();
  const signed = c.parties.filter((p) => p.signedAt).length;
  const mine = ownParty(c, viewer);
  const titleId = `convenant-${c.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="section card" aria-labelledby={titleId}>
      <H id={titleId} className={`utrecht-heading-${headingLevel}`}>
        {c.title}{' '}
        <StatusBadge status={c.status.toLowerCase()}>
          {c.status === 'IN_FORCE' && !c.inForce ? T.signedStatus : CONVENANT_STATUS_LABELS[c.status]}
        </StatusBadge>
      </H>
      <Paragraph>{inForceText(c)}.</Paragraph>
      <DataList className="summary-list">
        <DataListItem>
          <DataListKey>{T.period}</DataListKey>
          <DataListValue>{formatText(T.periodValue, { from: formatDate(c.startsOn), to: formatDate(c.endsOn) })}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.budget}</DataListKey>
          <DataListValue>{formatMoney(c.budgetCents)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{T.signed}</DataListKey>
          <DataListValue>{formatText(T.signedValue, { signed: String(signed), total: String(c.parties.length) })}</DataListValue>
        </DataListItem>
      </DataList>
      <PartiesTable c={c} />
      {c.status === 'OPEN_FOR_SIGNING' && mine && !mine.signedAt && <SignButton c={c} party={partyInSentence(mine)} />}
      {mine?.signedAt && <Paragraph>{formatText(T.ownSignature, { party: partyInSentence(mine), at: formatDateTime(mine.signedAt) })}</Paragraph>}
      {c.status === 'DRAFT' && viewer.role === 'REGISSEUR' && <OpenButton c={c} />}
      <ConvenantLife c={c} />
    </section>
  );
}
