import { addDays } from '../../shared/local-date';
import { DecisionOutcome } from '../decision/decision.entity';
import { Role } from '../user/user.entity';
import { ClientCouncilVerdict, Perspective, ProposalStatus } from './proposal.entity';
import { StancePosition } from './proposal-stance.entity';

/**
 * Who speaks for whom in the six-week cycle, and how a decision follows from the stances. Pure; table-tested.
 */

/** What the rules need to know of the person acting: their role and whether they are in the kerngroep. */
export interface Speaker {
  role: Role;
  inKerngroep: boolean;
}

/**
 * The one side of the kwaliteitsdriehoek a person speaks for, or null: RESIDENTS by a member of the client council or
 * a resident of the kerngroep, STAFF by a provider's representative, ORGANISATION by the regisseur. Nobody records
 * another side's perspective, the regisseur included: the residents now speak for themselves.
 */
export function sideOf(s: Speaker): Perspective | null {
  switch (s.role) {
    case Role.REGISSEUR:
      return Perspective.ORGANISATION;
    case Role.PROVIDER_REP:
      return Perspective.STAFF;
    case Role.CLIENT_COUNCIL:
      return Perspective.RESIDENTS;
    case Role.RESIDENT:
      return s.inKerngroep ? Perspective.RESIDENTS : null;
    default:
      return null;
  }
}

export function mayRecordPerspective(s: Speaker, side: Perspective): boolean {
  return sideOf(s) === side;
}

/**
 * The attendees of the deciding overleg (the beleidsoverleg, or the ad hoc meeting when urgent): the kwaliteitsdriehoek
 * that meets there — the regisseur, the providers' representatives, the client council and the kerngroep's residents.
 * Each records their own stance; attendees without an account are counted on paper by the regisseur.
 */
export function isAttendee(s: Speaker): boolean {
  return sideOf(s) !== null;
}

/**
 * Who submits a proposal (the seed: "Voor spoedzaken kan elke partij een ad hoc overleg aanvragen"): the regisseur puts
 * any proposal in the cycle; every other party of the kwaliteitsdriehoek (a provider's representative, the client
 * council, a resident of the kerngroep) submits urgent ones. Someone who is no party submits nothing.
 */
export function maySubmitProposal(s: Speaker): boolean {
  return sideOf(s) !== null;
}

/** Why this party may not submit this proposal, or null. */
export function submissionProblem(s: Speaker, urgent: boolean): string | null {
  if (s.role === Role.REGISSEUR || urgent) return null;
  return 'Only the regisseur puts a proposal in the regular cycle; every party may submit an urgent one.';
}

/** The newest stance of each person (a stance may be changed until the decision), in the order they first spoke. */
export function currentStances<T extends { userId: number }>(all: readonly T[]): T[] {
  const newest = new Map<number, T>();
  for (const s of all) newest.set(s.userId, s);
  return [...newest.values()];
}

export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
}

export const NO_VOTES: Tally = { agree: 0, disagree: 0, abstain: 0 };

/** The stances counted, plus the paper tally of attendees without an account. */
export function tallyOf(stances: readonly { position: StancePosition }[], paper: Tally | null): Tally {
  const t = { ...(paper ?? NO_VOTES) };
  for (const s of stances) {
    if (s.position === StancePosition.AGREE) t.agree += 1;
    else if (s.position === StancePosition.DISAGREE) t.disagree += 1;
    else t.abstain += 1;
  }
  return t;
}

/** The losing side: those who disagreed when the proposal is adopted (also amended), those who agreed when rejected. */
export function minoritySide(outcome: DecisionOutcome): StancePosition {
  return outcome === DecisionOutcome.REJECTED ? StancePosition.AGREE : StancePosition.DISAGREE;
}

/** How many are on the losing side. */
export function minorityCount(outcome: DecisionOutcome, t: Tally): number {
  return minoritySide(outcome) === StancePosition.AGREE ? t.agree : t.disagree;
}

/**
 * The draft of the minority position, in Dutch as it is stored and read beside the decision, from the reasons of the
 * losing side; null when nobody of it gave a reason (a minority on paper only: the regisseur writes it).
 * `Wie tegen stemde (2): - Te duur. - Eerst de buurt horen.`
 */
export function draftMinorityPosition(outcome: DecisionOutcome, reasons: readonly string[], count: number): string | null {
  const given = reasons.map((r) => r.trim()).filter((r) => r !== '');
  if (count === 0 || given.length === 0) return null;
  const who = minoritySide(outcome) === StancePosition.AGREE ? 'Wie voor stemde' : 'Wie tegen stemde';
  return `${who} (${count}):\n${given.map((r) => `- ${r}`).join('\n')}`;
}

/** The typed counts of the old input, where given, must agree with the tally; the fields that disagree, by name. */
export function disagreeingCounts(
  typed: { votesFor?: number | null; votesAgainst?: number | null; votesAbstain?: number | null },
  t: Tally,
): string[] {
  const pairs: [string, number | null | undefined, number][] = [
    ['input.votesFor', typed.votesFor, t.agree],
    ['input.votesAgainst', typed.votesAgainst, t.disagree],
    ['input.votesAbstain', typed.votesAbstain, t.abstain],
  ];
  return pairs.filter(([, given, counted]) => given !== undefined && given !== null && given !== counted).map(([field]) => field);
}

/** The client council checks within 14 days of the feedback to the residents. */
export const COUNCIL_CHECK_DAYS = 14;

export function councilCheckDueOn(feedbackOn: string | null): string | null {
  return feedbackOn === null ? null : addDays(feedbackOn, COUNCIL_CHECK_DAYS);
}

/** What the council's verdict does to the proposal: served interests close the cycle; concerns open a follow-up. */
export function councilCheckStatus(verdict: ClientCouncilVerdict): ProposalStatus {
  return verdict === ClientCouncilVerdict.CONCERNS ? ProposalStatus.FOLLOW_UP : ProposalStatus.CLOSED;
}

/** Overdue once the 14 days after the feedback have passed while the council has not checked (FED_BACK). */
export function councilCheckOverdue(p: { status: ProposalStatus; feedbackOn: string | null }, today: string): boolean {
  const due = councilCheckDueOn(p.feedbackOn);
  return p.status === ProposalStatus.FED_BACK && due !== null && today > due;
}
