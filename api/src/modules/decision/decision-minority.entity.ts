import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantRecord } from '../../db/tenant-record';
import { User } from '../user/user.entity';
import { Decision } from './decision.entity';

/**
 * A member of the minority (or the regisseur, for a minority on paper) confirms the minority position drafted with the
 * decision, possibly in their own words. Once per decision; the decision itself stays as written (append-only).
 */
@Entity({ name: 'decision_minority_confirmation' })
@Index('decision_minority_confirmation_decision_key', ['decisionId'], { unique: true })
export class DecisionMinorityConfirmation extends TenantRecord {
  @Column({ name: 'decision_id', type: 'bigint' })
  decisionId: number;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'decision_minority_confirmation_decision_fkey' })
  decision?: Decision;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'confirmed_by_user_id', type: 'bigint' })
  confirmedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'confirmed_by_user_id', foreignKeyConstraintName: 'decision_minority_confirmation_user_fkey' })
  confirmedBy?: User;

  @CreateDateColumn({ name: 'confirmed_at', type: 'timestamptz' })
  confirmedAt: Date;
}
