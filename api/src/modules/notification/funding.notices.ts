import { DOMAIN_NOTICE_TEXTS as T, formatText } from '@regiekamer/texts';
import { toGlobalId } from '../../shared/graphql/global-id';
import { dutchEuros, fundingRecipients } from './domain-notices.rules';
import { createNotification, onEventRow, type EventPayload } from './events';
import { usersOf } from './notice-recipients';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import type { WorkerDeps } from './outbox';

interface ProposedFunding {
  id: number;
  toProviderId: number;
  fromName: string;
  toName: string;
  amountCents: number;
  periodStart: string;
  periodEnd: string;
  purpose: string;
}

/** The agreement the event names, while it is a proposal. */
const PROPOSED_FUNDING = `SELECT g.id, g.to_provider_id AS "toProviderId", pf.name AS "fromName", pt.name AS "toName", g.amount_cents AS "amountCents",
          g.period_start AS "periodStart", g.period_end AS "periodEnd", g.purpose
     FROM funding_agreement g JOIN provider pf ON pf.id = g.from_provider_id JOIN provider pt ON pt.id = g.to_provider_id
    WHERE g.id = $1 AND g.municipality_id = $2 AND g.status = 'PROPOSED'`;

/** A funding agreement was proposed: the receiving provider's representatives, if it is still a proposal. */
export async function fundingProposed(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await onEventRow<ProposedFunding>(deps, event, PROPOSED_FUNDING, async (tx, f) => {
    const values = {
      from: f.fromName,
      to: f.toName,
      amount: dutchEuros(f.amountCents),
      startsOn: dutchDate(f.periodStart),
      endsOn: dutchDate(f.periodEnd),
      purpose: f.purpose,
    };
    for (const recipient of fundingRecipients(await usersOf(tx, [event.municipalityId]), f.toProviderId, event.actorUserId)) {
      await createNotification(tx, deps, {
        municipalityId: event.municipalityId,
        recipient,
        kind: NotificationKind.FUNDING_PROPOSED,
        objectType: 'funding_agreement',
        objectId: f.id,
        dueOn: null,
        title: T.fundingProposedTitle,
        subject: formatText(T.fundingProposedSubject, values),
        body: formatText(T.fundingProposedBody, values),
        linkText: T.fundingLink,
        path: `/financiering/${encodeURIComponent(toGlobalId('FundingAgreement', f.id))}`,
      });
    }
  });
}
