import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity';
import { User } from '../user/user.entity';
import { Opgaveteam } from '../opgave/opgave.entity';
import { Atelier } from '../atelier/atelier.entity';

export enum ParticipantGroup {
  KERNGROEP = 'KERNGROEP',
  OPGAVETEAM = 'OPGAVETEAM',
  ATELIER = 'ATELIER',
}
registerEnumType(ParticipantGroup, {
  name: 'ParticipantGroup',
  description: 'KERNGROEP: the residents of the kerngroep; OPGAVETEAM: one opgaveteam; ATELIER: one atelier.',
});

/** What a resident or council member belongs to: it decides what they see and are asked. */
@Entity({ name: 'participant_membership' })
@Index('participant_membership_kerngroep_key', ['userId'], { unique: true, where: `"group_kind" = 'KERNGROEP'` })
@Index('participant_membership_opgaveteam_key', ['userId', 'opgaveteamId'], { unique: true })
@Index('participant_membership_atelier_key', ['userId', 'atelierId'], { unique: true })
@Index('participant_membership_municipality_idx', ['municipalityId', 'group'])
@Index('participant_membership_opgaveteam_idx', ['opgaveteamId'])
@Index('participant_membership_atelier_idx', ['atelierId'])
@Check(
  'participant_membership_group_check',
  `("group_kind" = 'KERNGROEP' AND "opgaveteam_id" IS NULL AND "atelier_id" IS NULL)
          OR ("group_kind" = 'OPGAVETEAM' AND "opgaveteam_id" IS NOT NULL AND "atelier_id" IS NULL)
          OR ("group_kind" = 'ATELIER' AND "atelier_id" IS NOT NULL AND "opgaveteam_id" IS NULL)`,
)
export class ParticipantMembership {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'participant_membership_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'participant_membership_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'participant_membership_user_fkey' })
  user?: User;

  @Column({ name: 'group_kind', type: 'enum', enum: ParticipantGroup, enumName: 'participant_group' })
  group: ParticipantGroup;

  @Column({ name: 'opgaveteam_id', type: 'bigint', nullable: true })
  opgaveteamId: number | null;

  @ManyToOne(() => Opgaveteam, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opgaveteam_id', foreignKeyConstraintName: 'participant_membership_opgaveteam_fkey' })
  opgaveteam?: Opgaveteam;

  @Column({ name: 'atelier_id', type: 'bigint', nullable: true })
  atelierId: number | null;

  @ManyToOne(() => Atelier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'atelier_id', foreignKeyConstraintName: 'participant_membership_atelier_fkey' })
  atelier?: Atelier;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
