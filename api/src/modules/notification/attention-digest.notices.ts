import { formatText, REMINDER_TEXTS } from '@regiekamer/texts';
import { fixedClock } from '../../clock';
import type { Queryable } from '../../db/database';
import { AttentionService } from '../attention/attention.service';
import { Role } from '../user/user.entity';
import { createNotification } from './events';
import type { MorningSource } from './morning';
import { NotificationKind } from './notification.entity';
import { dutchDate } from './notification.rules';
import type { WorkerDeps } from './outbox';
import { eachMunicipality, recipientsOf, type NoticeRecipient } from './notice-recipients';
import { attentionLine } from './reminders.rules';

async function providerNames(tx: Queryable, municipalityId: number): Promise<Map<number, string>> {
  const rows = await tx.query<{ id: number; name: string }>(`SELECT id, name FROM provider WHERE municipality_id = $1`, [municipalityId]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function digestFor(
  tx: Queryable,
  deps: WorkerDeps,
  regisseur: NoticeRecipient,
  municipalityId: number,
  on: string,
  names: () => Promise<Map<number, string>>,
) {
  // The home page's own list, with this regisseur as the viewer and `on` as today.
  const viewer = { userId: regisseur.id, email: regisseur.email, role: Role.REGISSEUR, municipalityId, providerId: null };
  const items = await new AttentionService(tx, fixedClock(on)).list(viewer);
  if (items.length === 0) return;
  const known = await names();
  await createNotification(tx, deps, {
    municipalityId,
    recipient: regisseur,
    kind: NotificationKind.ATTENTION_DIGEST,
    objectType: 'municipality',
    objectId: municipalityId,
    // The day is the event: one digest a day.
    dueOn: on,
    title: REMINDER_TEXTS.digestTitle,
    subject: formatText(REMINDER_TEXTS.digestSubject, { on: dutchDate(on), count: items.length }),
    body: formatText(REMINDER_TEXTS.digestBody, { on: dutchDate(on) }),
    items: items.map((i) => attentionLine(i, known)),
    linkText: REMINDER_TEXTS.openHome,
    path: '/',
  });
}

/**
 * Each morning each active regisseur gets one mail with the attention list their home page shows that day, most
 * urgent first; none when the list is empty.
 */
export const attentionDigestSource: MorningSource = {
  name: 'attention digest',
  run: (deps, on) =>
    eachMunicipality(deps, async (tx, municipalityId) => {
      let names: Promise<Map<number, string>> | null = null;
      const lazyNames = () => (names ??= providerNames(tx, municipalityId));
      for (const regisseur of await recipientsOf(tx, municipalityId, NotificationKind.ATTENTION_DIGEST)) {
        await digestFor(tx, deps, regisseur, municipalityId, on, lazyNames);
      }
    }),
};
