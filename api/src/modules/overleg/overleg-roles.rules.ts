import { Role } from '../user/user.entity';

/**
 * Who may chair an overleg or take its minutes: staff (the regisseur, a provider's representative, an analyst or an
 * administrator of the municipality), or a resident of the kerngroep — the seed counts a residents' chair and
 * minute-taker in the beleidsoverleg among what residents gain. Not a resident outside the kerngroep, nor the client
 * council, who check the decisions afterwards. Pure; table-tested.
 */
export function mayHoldOverlegRole(candidate: { role: Role; inKerngroep: boolean }): boolean {
  if (candidate.role === Role.RESIDENT) return candidate.inKerngroep;
  return candidate.role !== Role.CLIENT_COUNCIL;
}

/** The roles that write minutes at all (overlegMinutesRecord's permission): analysts and administrators only read. */
export const MINUTES_ROLES: readonly Role[] = [Role.REGISSEUR, Role.PROVIDER_REP, Role.RESIDENT];

/**
 * Who may record an overleg's minutes: the regisseur, or its minute-taker in a role that writes minutes (an analyst or
 * administrator named minute-taker hands the text to the regisseur).
 */
export function mayRecordMinutes(viewer: { role: Role; userId: number }, minuteTakerUserId: number | null): boolean {
  if (!MINUTES_ROLES.includes(viewer.role)) return false;
  return viewer.role === Role.REGISSEUR || viewer.userId === minuteTakerUserId;
}

/** The longest list of candidates the regisseur chooses from (staff and the kerngroep of one municipality). */
export const OVERLEG_ROLE_CANDIDATES_MAX = 500;

/** Whether a participant sees an overleg outside the kinds they see: they chair it or take its minutes. */
export function holdsOverlegRole(userId: number, o: { chairUserId: number | null; minuteTakerUserId: number | null }): boolean {
  return o.chairUserId === userId || o.minuteTakerUserId === userId;
}
