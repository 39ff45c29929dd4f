import type { FieldError } from '../../components/Form';
import type { MemberKind, OverlegFieldsFragment, OverlegKind, OverlegUpdateInput } from '../../gql/graphql';
import { isLocalDate } from '../../lib/format';
import { OVERLEG_TEXTS, formatText, OVERLEG_VALUES_TEXTS as T } from '@regiekamer/texts';

export interface ParticipantValues {
  name: string;
  kind: MemberKind | '';
  organisation: string;
}

export interface OverlegValues {
  kind: OverlegKind | '';
  title: string;
  heldOn: string;
  /** As typed: HH:mm (9:30 and 9.30 are read too), or empty for none. */
  startsAt: string;
  endsAt: string;
  location: string;
  participants: ParticipantValues[];
}

/** The API's limits (overleg service): titles and locations 300 characters, names and organisations 200. */
export const LIMITS = { title: 300, location: 300, name: 200, organisation: 200 } as const;

export const emptyOverleg = (heldOn: string): OverlegValues => ({
  kind: '',
  title: '',
  heldOn,
  startsAt: '',
  endsAt: '',
  location: '',
  participants: [],
});

/** A time as the API takes it (HH:mm); null for an empty field; undefined for one that is no time. */
export function timeValue(typed: string): string | null | undefined {
  const text = typed.trim();
  if (text === '') return null;
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text);
  return m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? ''}` : undefined;
}

/** The form's checks of the two times: each a time, both or neither, the end after the start. */
function checkTimes(v: OverlegValues): FieldError[] {
  const start = timeValue(v.startsAt);
  const end = timeValue(v.endsAt);
  const found: FieldError[] = [];
  if (start === undefined) found.push({ field: 'startsAt', message: OVERLEG_TEXTS.timeFormat });
  if (end === undefined) found.push({ field: 'endsAt', message: OVERLEG_TEXTS.timeFormat });
  if (found.length > 0) return found;
  if ((start === null) !== (end === null)) found.push({ field: start === null ? 'startsAt' : 'endsAt', message: OVERLEG_TEXTS.timePair });
  else if (start && end && end <= start) found.push({ field: 'endsAt', message: OVERLEG_TEXTS.timeOrder });
  return found;
}

/** The two times for the API: HH:mm or null (checked before). */
export const timesInput = (v: OverlegValues) => ({ startsAt: timeValue(v.startsAt) ?? null, endsAt: timeValue(v.endsAt) ?? null });

export function valuesOf(o: OverlegFieldsFragment): OverlegValues {
  return {
    kind: o.kind,
    title: o.title,
    heldOn: o.heldOn,
    startsAt: o.startsAt ?? '',
    endsAt: o.endsAt ?? '',
    location: o.location ?? '',
    participants: o.participants.map((p) => ({ name: p.name ?? '', kind: p.kind, organisation: p.organisation ?? '' })),
  };
}

/** Checks in the form, before anything is sent; the same rules as the API, in Dutch. */
export function checkOverleg(v: OverlegValues): FieldError[] {
  const found: FieldError[] = [];
  if (!v.kind) found.push({ field: 'kind', message: T.kindMissing });
  if (!v.title.trim()) found.push({ field: 'title', message: T.titleMissing });
  else if (v.title.trim().length > LIMITS.title) found.push({ field: 'title', message: formatText(T.titleTooLong, { max: String(LIMITS.title) }) });
  if (!isLocalDate(v.heldOn)) found.push({ field: 'heldOn', message: T.heldOnInvalid });
  found.push(...checkTimes(v));
  if (v.location.trim().length > LIMITS.location)
    found.push({ field: 'location', message: formatText(T.locationTooLong, { max: String(LIMITS.location) }) });
  v.participants.forEach((p, i) => {
    if (!p.name.trim()) found.push({ field: `participant-${i}-name`, message: formatText(T.participantNameMissing, { n: String(i + 1) }) });
    else if (p.name.trim().length > LIMITS.name)
      found.push({ field: `participant-${i}-name`, message: formatText(T.participantNameTooLong, { max: String(LIMITS.name) }) });
    if (!p.kind) found.push({ field: `participant-${i}-kind`, message: formatText(T.participantKindMissing, { n: String(i + 1) }) });
    if (p.organisation.trim().length > LIMITS.organisation)
      found.push({ field: `participant-${i}-organisation`, message: formatText(T.organisationTooLong, { max: String(LIMITS.organisation) }) });
  });
  return found;
}

export const participantsInput = (v: OverlegValues) =>
  v.participants.map((p) => ({ name: p.name.trim(), kind: p.kind as MemberKind, organisation: p.organisation.trim() || null }));

/** The fields someone changed, compared with the version they started from. */
export function changedFields(mine: OverlegValues, started: OverlegValues): (keyof OverlegValues)[] {
  return (Object.keys(mine) as (keyof OverlegValues)[]).filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(started[k]));
}

/** The server's field paths (`input.participants.0.name`) as this form's field names. */
export function formField(path: string | null | undefined): string | null {
  if (!path) return null;
  const m = /participants\.(\d+)\.(\w+)$/.exec(path);
  return m ? `participant-${m[1]}-${m[2]}` : (path.split('.').pop() ?? null);
}

/** The update input with only the fields named. */
export function updateInput(v: OverlegValues, keys: (keyof OverlegValues)[]): OverlegUpdateInput {
  const input: OverlegUpdateInput = {};
  if (keys.includes('kind') && v.kind) input.kind = v.kind;
  if (keys.includes('title')) input.title = v.title.trim();
  if (keys.includes('heldOn')) input.heldOn = v.heldOn;
  if (keys.includes('startsAt') || keys.includes('endsAt')) Object.assign(input, timesInput(v));
  if (keys.includes('location')) input.location = v.location.trim();
  if (keys.includes('participants')) input.participants = participantsInput(v);
  return input;
}
