/**
 * The rules of a resident's request under the AVG (inzage art. 15, correction art. 16, erasure art. 17): the answer's
 * due date (art. 12(3)), which steps a request may take, and which legal grounds may carry a refusal. Pure functions.
 */

export type RequestKind = 'ACCESS' | 'CORRECTION' | 'ERASURE';
export type RequestStatus = 'RECEIVED' | 'IN_PROGRESS' | 'ANSWERED';
export type Decision = 'GRANTED' | 'PARTLY_GRANTED' | 'REFUSED';
export type LegalGround =
  | 'AVG_12_5_MANIFESTLY_UNFOUNDED'
  | 'AVG_15_4_RIGHTS_OF_OTHERS'
  | 'AVG_16_DATA_ACCURATE'
  | 'AVG_17_3_B_LEGAL_OBLIGATION'
  | 'AVG_17_3_E_LEGAL_CLAIMS'
  | 'UAVG_41_RESTRICTION';

/** The fixed list of grounds, each with the request kinds it can refuse (wholly or in part). */
export const LEGAL_GROUNDS: Readonly<Record<LegalGround, { article: string; kinds: readonly RequestKind[] }>> = {
  // Manifestly unfounded or excessive, in particular because repetitive: any kind.
  AVG_12_5_MANIFESTLY_UNFOUNDED: { article: 'AVG art. 12 lid 5', kinds: ['ACCESS', 'CORRECTION', 'ERASURE'] },
  // A copy may not harm the rights and freedoms of others (a network plan names relatives and professionals).
  AVG_15_4_RIGHTS_OF_OTHERS: { article: 'AVG art. 15 lid 4', kinds: ['ACCESS'] },
  // Correction is owed for inaccurate data only.
  AVG_16_DATA_ACCURATE: { article: 'AVG art. 16', kinds: ['CORRECTION'] },
  // A legal duty to keep: the municipality's seven-year accountability for what it paid (Wmo 2015, Gemeentewet 212/213).
  AVG_17_3_B_LEGAL_OBLIGATION: { article: 'AVG art. 17 lid 3 sub b', kinds: ['ERASURE'] },
  // Needed for a legal claim (an objection or appeal that is still open).
  AVG_17_3_E_LEGAL_CLAIMS: { article: 'AVG art. 17 lid 3 sub e', kinds: ['ERASURE'] },
  // The national restrictions of the UAVG (e.g. the protection of the rights of others, supervision).
  UAVG_41_RESTRICTION: { article: 'UAVG art. 41', kinds: ['ACCESS', 'CORRECTION', 'ERASURE'] },
};

/** Where a rule is broken: the field and a message (English, for the API; the client shows the code's Dutch text). */
export interface RuleBreak {
  field: string;
  message: string;
  code: 'INVALID_INPUT' | 'INVALID_STATE' | 'INVALID_TRANSITION';
}

/** 'YYYY-MM-DD' plus whole calendar months; a day the month lacks becomes its last day (31 January + 1 = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Art. 12(3): the answer is due within one month of receipt. */
export const ANSWER_MONTHS = 1;
/** Art. 12(3): extendable once by two further months, with the reason told within the first month. */
export const EXTENSION_MONTHS = 2;

export function dueOn(receivedOn: string, extended: boolean): string {
  return addMonths(receivedOn, ANSWER_MONTHS + (extended ? EXTENSION_MONTHS : 0));
}

/** Not answered and past its due date. */
export function isOverdue(status: RequestStatus, due: string, today: string): boolean {
  return status !== 'ANSWERED' && today > due;
}

export const REASON_MAX = 2000;
export const REFERENCE_MAX = 100;

/** Recording a request: received and verified no later than today, verified no earlier than received. */
export function recordProblems(input: { receivedOn: string; identityVerifiedOn: string }, today: string): RuleBreak[] {
  const out: RuleBreak[] = [];
  if (input.receivedOn > today) out.push({ field: 'input.receivedOn', message: 'A request cannot be received after today.', code: 'INVALID_INPUT' });
  if (input.identityVerifiedOn > today)
    out.push({ field: 'input.identityVerifiedOn', message: 'Identity cannot be verified after today.', code: 'INVALID_INPUT' });
  if (input.identityVerifiedOn < input.receivedOn)
    out.push({
      field: 'input.identityVerifiedOn',
      message: 'Identity is verified on or after the day the request is received.',
      code: 'INVALID_INPUT',
    });
  return out;
}

/** The extension: once, while the request is open and not yet overdue (the resident must be told within the month). */
export function extendProblems(r: { status: RequestStatus; extended: boolean; dueOn: string }, today: string): RuleBreak[] {
  if (r.status === 'ANSWERED') return [{ field: 'id', message: 'The request is answered already.', code: 'INVALID_STATE' }];
  if (r.extended) return [{ field: 'id', message: 'The due date was extended already; it can be extended once.', code: 'INVALID_STATE' }];
  if (today > r.dueOn)
    return [{ field: 'id', message: 'The due date has passed: an extension is told within the first month.', code: 'INVALID_STATE' }];
  return [];
}

/** The representative links the client key (or says the provider holds nothing) while the request waits for it. */
export function linkProblems(r: { status: RequestStatus }): RuleBreak[] {
  return r.status === 'RECEIVED' ? [] : [{ field: 'id', message: 'The client is linked already or the request is answered.', code: 'INVALID_STATE' }];
}

/** The inzage document is compiled for an access request whose client is linked, before it is answered. */
export function compileProblems(r: { kind: RequestKind; status: RequestStatus }): RuleBreak[] {
  if (r.kind !== 'ACCESS') return [{ field: 'id', message: 'Only an access request has an inzage document.', code: 'INVALID_STATE' }];
  if (r.status !== 'IN_PROGRESS')
    return [{ field: 'id', message: 'The provider has not linked the client yet, or the request is answered.', code: 'INVALID_STATE' }];
  return [];
}

export interface DecisionInput {
  decision: Decision;
  legalGround: LegalGround | null;
}

/**
 * The decision. A refusal may come before the client is linked (a manifestly unfounded request needs no data); granting
 * needs the linked client, and for access the compiled document. A refusal, wholly or in part, names a ground that fits
 * the kind; a full grant names none.
 */
export function decideProblems(r: { kind: RequestKind; status: RequestStatus; compiled: boolean }, d: DecisionInput): RuleBreak[] {
  if (r.status === 'ANSWERED') return [{ field: 'id', message: 'The request is answered already.', code: 'INVALID_TRANSITION' }];
  if (d.decision !== 'REFUSED' && r.status === 'RECEIVED')
    return [
      { field: 'input.decision', message: 'The provider has not linked the client yet: only a refusal is possible.', code: 'INVALID_TRANSITION' },
    ];
  if (r.kind === 'ACCESS' && d.decision !== 'REFUSED' && !r.compiled)
    return [{ field: 'input.decision', message: 'Compile the inzage document before granting access.', code: 'INVALID_STATE' }];
  if (r.kind === 'ERASURE' && d.decision === 'PARTLY_GRANTED')
    return [
      { field: 'input.decision', message: 'Erasure removes every trace of the client key or nothing: grant or refuse.', code: 'INVALID_INPUT' },
    ];
  if (d.decision === 'GRANTED') {
    return d.legalGround === null
      ? []
      : [{ field: 'input.legalGround', message: 'A granted request has no legal ground for refusal.', code: 'INVALID_INPUT' }];
  }
  if (d.legalGround === null) return [{ field: 'input.legalGround', message: 'A refusal names its legal ground.', code: 'INVALID_INPUT' }];
  if (!LEGAL_GROUNDS[d.legalGround].kinds.includes(r.kind))
    return [{ field: 'input.legalGround', message: 'This legal ground does not apply to this kind of request.', code: 'INVALID_INPUT' }];
  return [];
}

/** Whether a decision erases: an erasure request granted. */
export function erases(kind: RequestKind, decision: Decision): boolean {
  return kind === 'ERASURE' && decision === 'GRANTED';
}
