import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { TenantRecord } from '../../db/tenant-record';
import { User } from '../user/user.entity';
import { Proposal } from './proposal.entity';

export enum StancePosition {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(StancePosition, { name: 'StancePosition', description: 'An attendee’s own stance on a proposal (Loomio): eens, oneens, onthouding.' });

/**
 * One attendee's stance on a proposal, with its reason. Append-only: recording again adds a row; the newest row per
 * user is their stance and the older rows its history. Changeable until the decision (the service refuses after).
 */
@Entity({ name: 'proposal_stance' })
@Index('proposal_stance_proposal_idx', ['proposalId', 'userId', 'id'])
@ObjectType('ProposalStance')
export class ProposalStance extends TenantRecord {
  @Column({ name: 'proposal_id', type: 'bigint' })
  proposalId: number;

  @ManyToOne(() => Proposal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_stance_proposal_fkey' })
  proposal?: Proposal;

  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'proposal_stance_user_fkey' })
  user?: User;

  @Field(() => StancePosition)
  @Column({ type: 'enum', enum: StancePosition, enumName: 'stance_position' })
  position: StancePosition;

  @Field(() => String, { description: 'Why: the minority position is drafted from the reasons of the losing side.' })
  @Column({ type: 'text' })
  reason: string;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
