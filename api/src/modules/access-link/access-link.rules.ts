import { createHash } from 'node:crypto';
import { ErrorCode, problem, type Problem } from '../../shared/errors/problems';
import { Role } from '../user/user.entity';

/** The rules of mailed single-use links (invitations, login links, password resets): pure, table-tested. */

export const LinkPurpose = {
  INVITATION: 'INVITATION',
  LOGIN_LINK: 'LOGIN_LINK',
  PASSWORD_RESET: 'PASSWORD_RESET',
} as const;
export type LinkPurpose = (typeof LinkPurpose)[keyof typeof LinkPurpose];

/** How long a link works after it was made, in minutes. */
export const LINK_LIFETIME_MINUTES: Readonly<Record<LinkPurpose, number>> = {
  INVITATION: 7 * 24 * 60,
  LOGIN_LINK: 15,
  PASSWORD_RESET: 60,
};

/** The web client's page each link opens, followed by the secret. */
export const LINK_PATHS: Readonly<Record<LinkPurpose, string>> = {
  INVITATION: '/uitnodiging/',
  LOGIN_LINK: '/inloggen/link/',
  PASSWORD_RESET: '/wachtwoord-herstellen/',
};

export const linkPath = (purpose: LinkPurpose, secret: string): string => LINK_PATHS[purpose] + secret;

/** A secret: 256 random bits, base64url (43 characters). Anything else is no link of ours. */
export const LINK_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const hashLinkSecret = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

/** What is known of a link when it is opened: null when no link has this secret. */
export interface LinkFacts {
  purpose: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export type LinkState = 'VALID' | 'UNKNOWN' | 'EXPIRED' | 'USED';

/**
 * Whether a link may be used now for `purpose`. A link of another purpose is unknown (a reset secret does not sign in
 * as a login link); used wins over expired, since that is what happened first.
 */
export function linkState(link: LinkFacts | null, purpose: LinkPurpose, now: Date): LinkState {
  if (link?.purpose !== purpose) return 'UNKNOWN';
  if (link.usedAt !== null) return 'USED';
  if (link.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'VALID';
}

/** The userError of a link that cannot be used; null for a valid one. */
export function linkProblem(state: LinkState, field = 'input.secret'): Problem | null {
  switch (state) {
    case 'VALID':
      return null;
    case 'UNKNOWN':
      return problem(ErrorCode.NOT_FOUND, 'This link does not exist.', field);
    case 'EXPIRED':
      return problem(ErrorCode.LINK_EXPIRED, 'This link has expired.', field);
    case 'USED':
      return problem(ErrorCode.LINK_USED, 'This link was used already.', field);
  }
}

/** The roles a user of `inviter` may invite: an ADMIN any, the regisseur every role below ADMIN, anyone else none. */
export function invitableRoles(inviter: Role): Role[] {
  if (inviter === Role.ADMIN) return Object.values(Role);
  if (inviter === Role.REGISSEUR) return Object.values(Role).filter((r) => r !== Role.ADMIN);
  return [];
}

export interface InviteFacts {
  email: string;
  name: string;
  role: Role;
  providerId: number | null;
}

/** An e-mail address as far as we check one: something@domain, no spaces; the mail server says the rest. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_MAX_LENGTH = 320;
export const NAME_MAX_LENGTH = 200;

/** Addresses are compared as login compares them: trimmed, lower case. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** Whether this can be an address at all (trimmed, at most 320 characters, something@domain). */
export function isEmailAddress(raw: string): boolean {
  const email = normaliseEmail(raw);
  return email.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(email);
}

/** Why an invitation is refused, each problem on its field; empty when it may be made. */
export function inviteProblems(inviter: Role, input: InviteFacts): Problem[] {
  const problems: Problem[] = [];
  if (!isEmailAddress(input.email)) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'Give a valid e-mail address.', 'input.email'));
  }
  const name = input.name.trim();
  if (name.length === 0) problems.push(problem(ErrorCode.INVALID_INPUT, 'Must not be empty.', 'input.name'));
  else if (name.length > NAME_MAX_LENGTH) {
    problems.push(problem(ErrorCode.INVALID_INPUT, `Must be at most ${NAME_MAX_LENGTH} characters.`, 'input.name'));
  }
  if (!invitableRoles(inviter).includes(input.role)) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'You cannot invite someone to this role.', 'input.role'));
  }
  if (input.role === Role.PROVIDER_REP && input.providerId === null) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'A representative acts for a provider: choose one.', 'input.providerId'));
  }
  if (input.role !== Role.PROVIDER_REP && input.providerId !== null) {
    problems.push(problem(ErrorCode.INVALID_INPUT, 'Only a representative acts for a provider.', 'input.providerId'));
  }
  return problems;
}
