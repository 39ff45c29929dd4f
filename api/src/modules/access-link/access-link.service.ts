import { randomBytes } from 'node:crypto';
import { ACCESS_LINK_TEXTS, ACCESS_ROLE_TEXTS, formatText } from '@regiekamer/texts';
import type { Clock } from '../../clock';
import type { Queryable } from '../../db/database';
import type { RequestDb } from '../../db/request-db';
import { hashPassword } from '../../shared/auth/passwords';
import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { RequestService } from '../../shared/request-service';
import { renderMail } from '../notification/notification.mail';
import { newPasswordProblems } from '../user/auth.service';
import { Role } from '../user/user.entity';
import type { SignedInUser } from '../user/user.loaders';
import {
  hashLinkSecret,
  inviteProblems,
  LINK_LIFETIME_MINUTES,
  LINK_SECRET_PATTERN,
  linkPath,
  linkProblem,
  linkState,
  LinkPurpose,
  normaliseEmail,
  type InviteFacts,
  type LinkFacts,
  type LinkState,
} from './access-link.rules';

/** What the page a link opens shows: whether it works, and for whom. */
export interface LinkInfo {
  state: LinkState;
  email: string | null;
  name: string | null;
}

/** Who a redeemed link signed in: the user and their token version now. */
export interface LinkSubject {
  userId: number;
  version: number;
  user: { id: number; email: string; name: string; role: Role; municipalityId: number; providerId: number | null };
}

const NO_PROVIDER = problem(ErrorCode.NOT_FOUND, 'This provider does not exist.', 'input.providerId');

type StoredLink = LinkFacts & { email: string; name: string | null; now: Date };

export const newSecret = (): string => randomBytes(32).toString('base64url');

const MAIL_TEXTS: Readonly<Record<Exclude<LinkPurpose, 'INVITATION'>, { subject: string; body: string; link: string }>> = {
  LOGIN_LINK: { subject: ACCESS_LINK_TEXTS.loginLinkSubject, body: ACCESS_LINK_TEXTS.loginLinkBody, link: ACCESS_LINK_TEXTS.loginLinkLink },
  PASSWORD_RESET: { subject: ACCESS_LINK_TEXTS.resetSubject, body: ACCESS_LINK_TEXTS.resetBody, link: ACCESS_LINK_TEXTS.resetLink },
};

/**
 * Single-use links by mail, for the whole product: invitations, login links and password resets. Only the secret's
 * hash is stored; every read and write goes through the definer functions of the AccessLinks migration.
 */
export class AccessLinkService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    private readonly publicUrl: string,
  ) {
    super(db, clock);
  }

  /** Invites a person to a role (and provider) in the viewer's municipality; they become a user when they accept. */
  async invite(
    viewerOrNull: Viewer | null,
    raw: Omit<InviteFacts, 'providerId'> & { providerId: string | null },
  ): Promise<Outcome<{ email: string }>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ADMIN);
    const providerId = raw.providerId === null ? null : decodeIdOf('Provider', raw.providerId);
    if (raw.providerId !== null && providerId === null) return fail(NO_PROVIDER);
    const input = { ...raw, providerId };
    const problems = inviteProblems(viewer.role, input);
    if (problems.length > 0) return fail(...problems);
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    const secret = newSecret();
    return this.db.transaction(async (tx) => {
      const [made] = await tx.query<{ status: string }>(`SELECT app_access_link_invite($1, $2, $3, $4, $5, $6) AS status`, [
        hashLinkSecret(secret),
        email,
        name,
        input.role,
        input.providerId,
        LINK_LIFETIME_MINUTES.INVITATION,
      ]);
      if (made?.status === 'EMAIL_TAKEN') return fail(problem(ErrorCode.DUPLICATE, 'A user with this e-mail address already exists.', 'input.email'));
      if (made?.status !== 'OK') return fail(NO_PROVIDER);
      await this.invitationMail(tx, viewer, secret, name, input.role);
      return ok({ email });
    });
  }

  /** The mail of an invitation just made with `secret`, in the inviter's words: the one mail every invitation sends. */
  async invitationMail(tx: Queryable, viewer: Viewer, secret: string, name: string, role: Role): Promise<void> {
    const [facts] = await tx.query<{ inviter: string; municipality: string }>(
      `SELECT u.name AS inviter, m.name AS municipality FROM app_user u JOIN municipality m ON m.id = u.municipality_id WHERE u.id = $1`,
      [viewer.userId],
    );
    const values = { inviter: facts?.inviter ?? '', municipality: facts?.municipality ?? '', role: ACCESS_ROLE_TEXTS[role] };
    await this.mail(tx, secret, LinkPurpose.INVITATION, name, {
      subject: formatText(ACCESS_LINK_TEXTS.invitationSubject, values),
      body: formatText(ACCESS_LINK_TEXTS.invitationBody, values),
      link: ACCESS_LINK_TEXTS.invitationLink,
    });
  }

  /**
   * Mails a login link or a password reset link when the address is an active user's (and, for a login link, their
   * role is allowed one). The caller answers the same whatever happened, so the answer tells nothing.
   */
  async request(purpose: Exclude<LinkPurpose, 'INVITATION'>, rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const secret = newSecret();
    await this.db.transaction(async (tx) => {
      const [user] = await tx.query<{ name: string }>(`SELECT name FROM app_access_link_for_user($1, $2, $3, $4)`, [
        purpose,
        hashLinkSecret(secret),
        email,
        LINK_LIFETIME_MINUTES[purpose],
      ]);
      if (user !== undefined) await this.mail(tx, secret, purpose, user.name, MAIL_TEXTS[purpose]);
    });
  }

  /** The roles that may sign in by login link in the ADMIN's municipality. */
  async loginLinkRoles(viewerOrNull: Viewer | null): Promise<Role[]> {
    requireRole(viewerOrNull, Role.ADMIN);
    const rows = await this.db.query<{ role: Role }>(`SELECT r AS role FROM app_login_link_roles() r`);
    return rows.map((r) => r.role);
  }

  /** Replaces that list whole; a link already mailed to a role taken off no longer signs in. */
  async setLoginLinkRoles(viewerOrNull: Viewer | null, roles: readonly Role[]): Promise<Outcome<{ roles: Role[] }>> {
    const viewer = requireRole(viewerOrNull, Role.ADMIN);
    await this.db.transaction((tx) => tx.query(`SELECT app_login_link_roles_set($1::text[])`, [roles]));
    return ok({ roles: await this.loginLinkRoles(viewer) });
  }

  /** What the page of a link shows. */
  async info(purpose: LinkPurpose, secret: string): Promise<LinkInfo> {
    const facts = await this.facts(secret);
    const state = linkState(facts, purpose, facts?.now ?? new Date());
    return state === 'VALID' && facts ? { state, email: facts.email, name: facts.name } : { state, email: null, name: null };
  }

  /**
   * Uses a link once: an invitation makes the user with the password given, a reset sets it (ending every earlier
   * token), a login link signs in. Refused with nothing changed when the link is unknown, expired or used.
   */
  async redeem(purpose: LinkPurpose, secret: string, password: string | null): Promise<Outcome<LinkSubject>> {
    if (password !== null) {
      const rules = newPasswordProblems('', password).map((p) => ({ ...p, field: 'input.password' }));
      if (rules.length > 0) return fail(...rules);
    }
    const facts = await this.facts(secret);
    const before = linkProblem(linkState(facts, purpose, facts?.now ?? new Date()));
    if (before !== null) return fail(before);
    const hash = password === null ? null : await hashPassword(password);
    const [row] = await this.db.transaction((tx) =>
      tx.query<SignedInUser>(
        `SELECT user_id AS id, token_version AS "tokenVersion", email, name, role, municipality_id AS "municipalityId",
                provider_id AS "providerId" FROM app_access_link_redeem($1, $2, $3)`,
        [hashLinkSecret(secret), purpose, hash],
      ),
    );
    // Another request used it in the meantime, or its user is gone or no longer allowed one.
    if (row === undefined) return fail(linkProblem('USED') ?? problem(ErrorCode.INVALID_STATE, 'This link cannot be used.', 'input.secret'));
    const { tokenVersion, ...user } = row;
    return ok({ userId: user.id, version: tokenVersion, user });
  }

  /** The link's facts, with the database's time: expiry is the database's to judge, as redeeming it checks there. */
  private async facts(secret: string): Promise<StoredLink | null> {
    if (!LINK_SECRET_PATTERN.test(secret)) return null;
    const [row] = await this.db.query<StoredLink>(
      `SELECT purpose, expires_at AS "expiresAt", used_at AS "usedAt", email, name, now FROM app_access_link_state($1)`,
      [hashLinkSecret(secret)],
    );
    return row ?? null;
  }

  /** The mail of a link just made: a security message, at once, with no unsubscribe address. */
  private async mail(tx: Queryable, secret: string, purpose: LinkPurpose, name: string, texts: { subject: string; body: string; link: string }) {
    const mail = renderMail({
      recipientName: name,
      subject: texts.subject,
      body: texts.body,
      linkText: texts.link,
      link: this.publicUrl + linkPath(purpose, secret),
    });
    await tx.query(`SELECT app_access_link_mail($1, $2, $3, $4)`, [hashLinkSecret(secret), mail.subject, mail.text, mail.html]);
  }
}
