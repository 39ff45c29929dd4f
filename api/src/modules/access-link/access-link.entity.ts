import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Municipality } from '../municipality/municipality.entity';
import { Provider } from '../provider/provider.entity';
import { Role, User } from '../user/user.entity';

/**
 * A single-use link sent by mail, kept by the SHA-256 of its secret only. The application role has no privilege on
 * it: the definer functions of its migration make, read and redeem one link at a time, so none can be listed.
 */
@Entity({ name: 'access_link' })
@Check('access_link_purpose_check', `purpose IN ('INVITATION', 'LOGIN_LINK', 'PASSWORD_RESET')`)
@Index('access_link_email_idx', ['email', 'createdAt'])
export class AccessLink {
  @PrimaryColumn({ name: 'secret_hash', type: 'bytea', primaryKeyConstraintName: 'access_link_pkey' })
  secretHash: Buffer;

  @Column({ type: 'varchar', length: 20 })
  purpose: string;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'access_link_municipality_fkey' })
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The user it signs in (a login link, a reset); for an invitation, the user made when it was accepted. */
  @Column({ name: 'user_id', type: 'bigint', nullable: true })
  userId: number | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'access_link_user_fkey' })
  user?: User;

  /** An invitation's name, role and provider: the user is made from them when it is accepted. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  @Column({ type: 'enum', enum: Role, enumName: 'role', nullable: true })
  role: Role | null;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @ManyToOne(() => Provider)
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'access_link_provider_fkey' })
  provider?: Provider;

  /** A participant's invitation: the groups they join when they accept ([{ group, opgaveteamId, atelierId }]). */
  @Column({ type: 'jsonb', nullable: true })
  memberships: unknown;

  @Column({ name: 'created_by_user_id', type: 'bigint', nullable: true })
  createdByUserId: number | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'access_link_created_by_fkey' })
  createdBy?: User;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/** A role an ADMIN allows login links for, in their municipality; none by default, so no staff role signs in by link. */
@Entity({ name: 'login_link_role' })
export class LoginLinkRole {
  @PrimaryColumn({ name: 'municipality_id', type: 'bigint', primaryKeyConstraintName: 'login_link_role_pkey' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'login_link_role_municipality_fkey' })
  municipality?: Municipality;

  @PrimaryColumn({ type: 'enum', enum: Role, enumName: 'role', primaryKeyConstraintName: 'login_link_role_pkey' })
  role: Role;
}
