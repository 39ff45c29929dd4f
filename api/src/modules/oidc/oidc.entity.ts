import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Municipality } from '../municipality/municipality.entity';
import { Provider } from '../provider/provider.entity';
import { Role, User } from '../user/user.entity';
import { UserSession } from '../session/session.entity';

/** A municipality's own identity provider (OpenID Connect), kept by its ADMIN; the client secret is sealed. */
@Entity({ name: 'oidc_issuer' })
@Index('oidc_issuer_municipality_idx', ['municipalityId'])
export class OidcIssuer {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'oidc_issuer_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'oidc_issuer_municipality_fkey' })
  municipality?: Municipality;

  /** Shown on the login page as "Inloggen met <display name>". */
  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ name: 'issuer_url', type: 'varchar', length: 500 })
  issuerUrl: string;

  @Column({ name: 'client_id', type: 'varchar', length: 200 })
  clientId: string;

  @Column({ name: 'client_secret_sealed', type: 'text' })
  clientSecretSealed: string;

  @Column({ type: 'varchar', length: 300 })
  scopes: string;

  @Column({ name: 'role_claim', type: 'varchar', length: 100 })
  roleClaim: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** A value of an issuer's role claim (a group) and the role (and provider) it gives; no issuer: the default one. */
@Entity({ name: 'oidc_role_mapping' })
@Index('oidc_role_mapping_claim_idx', ['claimValue'])
export class OidcRoleMapping {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'oidc_role_mapping_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'oidc_role_mapping_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'issuer_id', type: 'bigint', nullable: true })
  issuerId: number | null;

  @ManyToOne(() => OidcIssuer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'oidc_role_mapping_issuer_fkey' })
  issuer?: OidcIssuer;

  @Column({ name: 'claim_value', type: 'varchar', length: 200 })
  claimValue: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @ManyToOne(() => Provider)
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'oidc_role_mapping_provider_fkey' })
  provider?: Provider;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** A web session signed in by an issuer: what its logout and its re-check need. */
@Entity({ name: 'oidc_grant' })
@Index('oidc_grant_user_idx', ['userId'])
export class OidcGrant {
  /** One grant per session, ended with it. */
  @PrimaryColumn({ name: 'session_id', type: 'bigint', primaryKeyConstraintName: 'oidc_grant_pkey' })
  sessionId: number;

  @ManyToOne(() => UserSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'oidc_grant_session_fkey' })
  session?: UserSession;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'oidc_grant_user_fkey' })
  user?: User;

  @Column({ name: 'issuer_id', type: 'bigint', nullable: true })
  issuerId: number | null;

  @ManyToOne(() => OidcIssuer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issuer_id', foreignKeyConstraintName: 'oidc_grant_issuer_fkey' })
  issuer?: OidcIssuer;

  /** Sent back as id_token_hint when the session ends at the issuer. */
  @Column({ name: 'id_token', type: 'text' })
  idToken: string;

  @Column({ name: 'refresh_token_sealed', type: 'text', nullable: true })
  refreshTokenSealed: string | null;

  /** For the userinfo check when the issuer gave no refresh token. */
  @Column({ name: 'access_token_sealed', type: 'text', nullable: true })
  accessTokenSealed: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'last_checked_at', type: 'timestamptz', default: () => 'now()' })
  lastCheckedAt: Date;
}

/** A role whose local password no longer signs in, in a municipality (its ADMIN's choice). */
@Entity({ name: 'password_off_role' })
export class PasswordOffRole {
  @PrimaryColumn({ name: 'municipality_id', type: 'bigint', primaryKeyConstraintName: 'password_off_role_pkey' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'password_off_role_municipality_fkey' })
  municipality?: Municipality;

  @PrimaryColumn({ type: 'enum', enum: Role, enumName: 'role', primaryKeyConstraintName: 'password_off_role_pkey' })
  role: Role;
}
