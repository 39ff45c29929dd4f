import { DOMAIN_NOTICE_TEXTS as T, formatText } from '@regiekamer/texts';
import type { Queryable } from '../../db/database';
import { ownerTransaction } from '../../jobs/owner-db';
import { toGlobalId } from '../../shared/graphql/global-id';
import { convenantPath, signingRecipients, signingReminderDue, type PartyFacts } from './domain-notices.rules';
import { createNotification, onEventRow, type EventPayload } from './events';
import type { MorningSource } from './morning';
import { usersOf, type ScopedRecipient } from './notice-recipients';
import { NotificationKind } from './notification.entity';
import { dutchDate, withFullStop } from './notification.rules';
import type { WorkerDeps } from './outbox';

interface OpenConvenant {
  id: number;
  municipalityId: number;
  title: string;
  startsOn: string;
  endsOn: string;
  openedOn: string | null;
}

interface NamedParty extends PartyFacts {
  convenantId: number;
  /** The provider's name, or the municipality's. */
  name: string;
}

/** The convenants still open for signing, of one municipality and id, or of all (the morning's reminders). */
function openConvenants(tx: Queryable, only: { id: number; municipalityId: number } | null): Promise<OpenConvenant[]> {
  return tx.query<OpenConvenant>(
    `SELECT id, municipality_id AS "municipalityId", title, starts_on AS "startsOn", ends_on AS "endsOn", opened_for_signing_on AS "openedOn"
       FROM convenant
      WHERE status = 'OPEN_FOR_SIGNING' AND ($1::bigint IS NULL OR (id = $1 AND municipality_id = $2)) ORDER BY id`,
    [only?.id ?? null, only?.municipalityId ?? null],
  );
}

function partiesOf(tx: Queryable, convenantIds: readonly number[]): Promise<NamedParty[]> {
  return tx.query<NamedParty>(
    `SELECT p.convenant_id AS "convenantId", p.kind, p.provider_id AS "providerId", p.signed_at IS NOT NULL AS signed,
            COALESCE(pr.name, m.name) AS name
       FROM convenant_party p JOIN municipality m ON m.id = p.municipality_id LEFT JOIN provider pr ON pr.id = p.provider_id
      WHERE p.convenant_id = ANY($1::bigint[]) ORDER BY p.id`,
    [convenantIds],
  );
}

type SigningKind = NotificationKind.CONVENANT_SIGNING_OPENED | NotificationKind.CONVENANT_SIGNING_REMINDER;

/** Tells each representative the rule picks for one convenant, naming the party they sign for. */
async function tellSigners(
  tx: Queryable,
  deps: WorkerDeps,
  c: OpenConvenant,
  facts: { parties: readonly NamedParty[]; users: readonly ScopedRecipient[] },
  kind: SigningKind,
  actorUserId: number | null,
): Promise<void> {
  const opened = kind === NotificationKind.CONVENANT_SIGNING_OPENED;
  const users = facts.users.filter((u) => u.municipalityId === c.municipalityId);
  const parties = facts.parties.filter((p) => p.convenantId === c.id);
  for (const { user, party } of signingRecipients(users, parties, kind, actorUserId)) {
    const values = {
      title: c.title,
      startsOn: dutchDate(c.startsOn),
      endsOn: dutchDate(c.endsOn),
      openedOn: c.openedOn === null ? '' : dutchDate(c.openedOn),
      party: party.name,
    };
    await createNotification(tx, deps, {
      municipalityId: c.municipalityId,
      recipient: user,
      kind,
      objectType: 'convenant',
      objectId: c.id,
      // Opened once, reminded once: there is no date that could make either a new event.
      dueOn: null,
      title: opened ? T.convenantOpenedTitle : T.convenantReminderTitle,
      subject: formatText(opened ? T.convenantOpenedSubject : T.convenantReminderSubject, values),
      body: formatText(opened ? T.convenantOpenedBody : T.convenantReminderBody, values),
      linkText: T.convenantLink,
      path: convenantPath(toGlobalId('Convenant', c.id)),
    });
  }
}

/** A convenant was opened for signing: every party's representatives, if it is still open when the job runs. */
export async function convenantSigningOpened(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await ownerTransaction(deps.pool, async (tx) => {
    const [c] = await openConvenants(tx, { id: event.objectId, municipalityId: event.municipalityId });
    if (c === undefined) return;
    const facts = { parties: await partiesOf(tx, [c.id]), users: await usersOf(tx, [c.municipalityId]) };
    await tellSigners(tx, deps, c, facts, NotificationKind.CONVENANT_SIGNING_OPENED, event.actorUserId);
  });
}

/** Seven days after opening, the representatives of each party that has not signed yet: once. */
export const convenantSigningReminders: MorningSource = {
  name: 'convenant_signing_reminder',
  run: (deps, on) =>
    ownerTransaction(deps.pool, async (tx) => {
      const due = (await openConvenants(tx, null)).filter((c) => signingReminderDue(c.openedOn, on));
      if (due.length === 0) return;
      const facts = {
        parties: await partiesOf(
          tx,
          due.map((c) => c.id),
        ),
        users: await usersOf(tx, [...new Set(due.map((c) => c.municipalityId))]),
      };
      for (const c of due) await tellSigners(tx, deps, c, facts, NotificationKind.CONVENANT_SIGNING_REMINDER, null);
    }),
};

interface ProposedAmendment {
  id: number;
  convenantId: number;
  title: string;
  reason: string;
}

/** The amendment the event names, while it waits for signatures. */
const PROPOSED_AMENDMENT = `SELECT a.id, a.convenant_id AS "convenantId", c.title, a.reason
     FROM convenant_amendment a JOIN convenant c ON c.id = a.convenant_id
    WHERE a.id = $1 AND a.municipality_id = $2 AND a.status = 'PROPOSED'`;

/** An amendment was proposed: the representatives of every party it concerns, if it is still waiting for signatures. */
export async function convenantAmendmentProposed(deps: WorkerDeps, event: EventPayload): Promise<void> {
  await onEventRow<ProposedAmendment>(deps, event, PROPOSED_AMENDMENT, async (tx, a) => {
    const parties = await tx.query<NamedParty>(
      `SELECT a.convenant_id AS "convenantId", p.kind, p.provider_id AS "providerId", p.signed_at IS NOT NULL AS signed,
              COALESCE(pr.name, m.name) AS name
         FROM convenant_amendment_party p JOIN convenant_amendment a ON a.id = p.amendment_id
         JOIN municipality m ON m.id = p.municipality_id LEFT JOIN provider pr ON pr.id = p.provider_id
        WHERE p.amendment_id = $1 ORDER BY p.id`,
      [a.id],
    );
    const users = await usersOf(tx, [event.municipalityId]);
    const kind = NotificationKind.CONVENANT_AMENDMENT_PROPOSED;
    for (const { user, party } of signingRecipients(users, parties, kind, event.actorUserId)) {
      const values = { title: a.title, reason: withFullStop(a.reason), party: party.name };
      await createNotification(tx, deps, {
        municipalityId: event.municipalityId,
        recipient: user,
        kind,
        objectType: 'convenant_amendment',
        objectId: a.id,
        dueOn: null,
        title: T.amendmentProposedTitle,
        subject: formatText(T.amendmentProposedSubject, values),
        body: formatText(T.amendmentProposedBody, values),
        linkText: T.convenantLink,
        path: convenantPath(toGlobalId('Convenant', a.convenantId)),
      });
    }
  });
}
