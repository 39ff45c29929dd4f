import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { Provider } from '../provider/provider.entity';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/graphql/node';

export enum Role {
  REGISSEUR = 'REGISSEUR',
  PROVIDER_REP = 'PROVIDER_REP',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
  CLIENT_COUNCIL = 'CLIENT_COUNCIL',
  RESIDENT = 'RESIDENT',
}
registerEnumType(Role, {
  name: 'Role',
  description:
    'REGISSEUR: municipal policy staff; PROVIDER_REP: a provider representative; ANALYST: read-only queries; ADMIN: technical administration; ' +
    'CLIENT_COUNCIL: a member of the client council; RESIDENT: a resident in the kerngroep, an opgaveteam or an atelier.',
});

@Entity({ name: 'app_user' })
@Index('app_user_provider_idx', ['providerId'])
@ObjectType('User', { implements: Node, simpleResolvers: true })
export class User extends TenantRecord {
  /** Stored lower-cased; unique across the installation because it is the login name. */
  @Field(() => String)
  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ name: 'provider_id', type: 'bigint', nullable: true })
  providerId: number | null;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Provider;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** A deactivated user cannot log in, and their tokens stop working. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Carried in every token; a trigger raises it when password, role, scope or active change, ending earlier tokens. */
  @Column({ name: 'token_version', type: 'integer', default: 1 })
  tokenVersion: number;

  /** Raised by a trigger on every change: an administrator's change names the version it saw. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
