import type { Problem } from '../../shared/errors/problems';
import { Checks } from '../../shared/validation';
import { Role } from '../user/user.entity';

/** The account with the address an issuer vouched for, as the database has it. */
export interface UserFact {
  userId: number;
  municipalityId: number;
  role: Role;
  providerId: number | null;
  active: boolean;
}

/** A mapping row whose claim value the signed-in person has. */
export interface MappingFact {
  municipalityId: number;
  role: Role;
  providerId: number | null;
  claimValue: string;
}

export type RefusalReason = 'DEACTIVATED' | 'NO_ACCESS' | 'NO_EMAIL';

/** Sign in to this municipality, as the existing account (role null: it keeps its own) or as a new one with the role. */
export type SignInDecision =
  | { kind: 'SIGN_IN'; municipalityId: number; role: Role | null; providerId: number | null; create: boolean }
  | { kind: 'REFUSED'; reason: RefusalReason };

/** When several mappings match, the one with the first role in this order gives the role (then the claim value decides). */
const ROLE_ORDER: readonly Role[] = [Role.ADMIN, Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP];

/** The mapping that applies in one municipality, or null. */
export function chosenMapping(mappings: readonly MappingFact[], municipalityId: number): MappingFact | null {
  const here = mappings.filter((m) => m.municipalityId === municipalityId);
  const sorted = [...here].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.claimValue.localeCompare(b.claimValue) || (a.providerId ?? 0) - (b.providerId ?? 0),
  );
  return sorted[0] ?? null;
}

/**
 * Who may enter, and as what. An existing active account (an ADMIN invited it) keeps its role unless a mapping gives
 * one; an unknown address enters only with a mapped role; a deactivated account never. A municipality's own issuer
 * (issuerMunicipalityId) admits only to that municipality; the default issuer to the account's, or to the one
 * municipality whose mappings match (several: refused, as nothing says which).
 */
export function decideSignIn(user: UserFact | null, mappings: readonly MappingFact[], issuerMunicipalityId: number | null): SignInDecision {
  if (user !== null) {
    if (!user.active) return { kind: 'REFUSED', reason: 'DEACTIVATED' };
    if (issuerMunicipalityId !== null && user.municipalityId !== issuerMunicipalityId) return { kind: 'REFUSED', reason: 'NO_ACCESS' };
    const mapped = chosenMapping(mappings, user.municipalityId);
    return { kind: 'SIGN_IN', municipalityId: user.municipalityId, role: mapped?.role ?? null, providerId: mapped?.providerId ?? null, create: false };
  }
  const municipalities = [...new Set(mappings.map((m) => m.municipalityId))].filter(
    (id) => issuerMunicipalityId === null || id === issuerMunicipalityId,
  );
  const [only] = municipalities;
  if (municipalities.length !== 1 || only === undefined) return { kind: 'REFUSED', reason: 'NO_ACCESS' };
  const mapped = chosenMapping(mappings, only);
  if (mapped === null) return { kind: 'REFUSED', reason: 'NO_ACCESS' };
  return { kind: 'SIGN_IN', municipalityId: only, role: mapped.role, providerId: mapped.providerId, create: true };
}

const MAX_CLAIM_VALUES = 200;
const MAX_CLAIM_VALUE_LENGTH = 200;

/**
 * The values of the role claim: a list of strings or one string, at a name that may be a path (Keycloak's
 * `realm_access.roles`). Anything else counts as no values.
 */
export function claimValues(claims: Readonly<Record<string, unknown>>, name: string): string[] {
  let value: unknown = name in claims ? claims[name] : claims;
  if (!(name in claims)) {
    for (const part of name.split('.')) {
      value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[part] : undefined;
    }
  }
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list
    .filter((v): v is string => typeof v === 'string' && v !== '' && v.length <= MAX_CLAIM_VALUE_LENGTH)
    .slice(0, MAX_CLAIM_VALUES);
}

/** The address the issuer vouches for: the `email` claim, unless the issuer says it is not verified. */
export function emailOf(claims: Readonly<Record<string, unknown>>): string | null {
  const email = claims.email;
  if (typeof email !== 'string' || claims.email_verified === false) return null;
  const normalised = email.trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+$/.test(normalised) && normalised.length <= 320 ? normalised : null;
}

/** The name of a new account: the `name` claim, else the address. */
export function nameOf(claims: Readonly<Record<string, unknown>>, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  return (name === '' ? email : name).slice(0, 200);
}

/** How often a session is checked with its issuer: twice per idle timeout, so that one check always falls inside it. */
export function recheckDelayMinutes(idleMinutes: number): number {
  return Math.max(1, Math.floor(idleMinutes / 2));
}

export interface IssuerInput {
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string | null;
  scopes: string;
  roleClaim: string;
}

const isLocalHost = (host: string): boolean => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** An issuer's address: https, or http on this machine only (a test or a local provider); no query, no fragment. */
export function isIssuerUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const scheme = url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname));
  return scheme && url.search === '' && url.hash === '' && raw.length <= 500;
}

/** The checks of an issuer the ADMIN adds or changes; a null secret keeps the stored one. */
export function issuerProblems(input: IssuerInput): Problem[] {
  const checks = new Checks();
  checks.nonEmpty('input.displayName', input.displayName, 100);
  if (!isIssuerUrl(input.issuerUrl.trim())) checks.add('input.issuerUrl', 'The issuer is an https address.');
  checks.nonEmpty('input.clientId', input.clientId, 200);
  checks.nonEmpty('input.clientSecret', input.clientSecret, 500);
  checks.nonEmpty('input.scopes', input.scopes, 300);
  if (!input.scopes.trim().split(/\s+/).includes('openid')) checks.add('input.scopes', 'The scopes include openid.');
  checks.nonEmpty('input.roleClaim', input.roleClaim, 100);
  return checks.problems;
}

/** The checks of a mapping: a claim value, and a provider exactly for PROVIDER_REP. */
export function mappingProblems(input: { claimValue: string; role: Role; providerId: number | null }): Problem[] {
  const checks = new Checks();
  checks.nonEmpty('input.claimValue', input.claimValue, 200);
  if (input.role === Role.PROVIDER_REP && input.providerId === null) {
    checks.add('input.providerId', 'A provider representative acts for a provider: choose one.');
  }
  if (input.role !== Role.PROVIDER_REP && input.providerId !== null) {
    checks.add('input.providerId', 'Only a provider representative acts for a provider.');
  }
  return checks.problems;
}

/** Where a refusal is shown: one Dutch page, whatever the reason (a reason shown would tell who exists). */
export const REFUSED_PATH = '/inloggen/geen-toegang';
