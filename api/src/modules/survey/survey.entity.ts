import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Arrangement, ProductCategory } from '../arrangement/arrangement.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Provider } from '../provider/provider.entity';
import { User } from '../user/user.entity';

/**
 * A one-time survey code a representative issued for one of their arrangements, kept by its SHA-256 only. Issuing is
 * audited; using it is not (the audit row's time would be the answer's): see the migration ClientExperienceSurvey.
 */
@Entity({ name: 'survey_code' })
@Check('survey_code_expiry_check', `"expires_on" > "issued_on"`)
@Index('survey_code_hash_key', ['codeHash'], { unique: true })
@Index('survey_code_arrangement_idx', ['arrangementId', 'issuedOn'])
@Index('survey_code_provider_idx', ['municipalityId', 'providerId', 'issuedOn'])
export class SurveyCode {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'survey_code_pkey' })
  id: number;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'survey_code_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'survey_code_provider_fkey' })
  provider?: Provider;

  @Column({ name: 'arrangement_id', type: 'bigint' })
  arrangementId: number;

  @ManyToOne(() => Arrangement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'arrangement_id', foreignKeyConstraintName: 'survey_code_arrangement_fkey' })
  arrangement?: Arrangement;

  @Column({ name: 'code_hash', type: 'bytea' })
  codeHash: Buffer;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  /** The code works until the day before this one. */
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Column({ type: 'boolean', default: false })
  used: boolean;

  @Column({ name: 'issued_by_user_id', type: 'bigint' })
  issuedByUserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_user_id', foreignKeyConstraintName: 'survey_code_user_fkey' })
  issuedBy?: User;
}

/**
 * One resident's answers: provider, product category and year only, a random id, no time, nothing that leads back to
 * the code or the arrangement. `scores` holds the questions in SURVEY_QUESTIONS order (5 helemaal mee eens … 1 helemaal
 * niet mee eens, 0 not answered). Not audited: see the migration ClientExperienceSurvey.
 */
@Entity({ name: 'survey_answer' })
@Check(
  'survey_answer_scores_check',
  `cardinality("scores") = 8 AND array_position("scores", NULL) IS NULL AND "scores" <@ '{0,1,2,3,4,5}'::smallint[] AND ("scores" && '{1,2,3,4,5}'::smallint[] OR "open_text" IS NOT NULL)`,
)
@Check('survey_answer_year_check', `"year" BETWEEN 2000 AND 2100`)
@Check('survey_answer_quote_check', `NOT "quoted" OR "masked_text" IS NOT NULL`)
@Index('survey_answer_year_idx', ['municipalityId', 'year', 'providerId'])
export class SurveyAnswer {
  /** Random (drawn by the definer function that stores it), so the order of ids tells nothing. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'survey_answer_pkey' })
  id: string;

  @Column({ name: 'municipality_id', type: 'bigint' })
  municipalityId: number;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'survey_answer_municipality_fkey' })
  municipality?: Municipality;

  @Column({ name: 'provider_id', type: 'bigint' })
  providerId: number;

  @ManyToOne(() => Provider, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'survey_answer_provider_fkey' })
  provider?: Provider;

  @Column({ name: 'product_category', type: 'enum', enum: ProductCategory, enumName: 'product_category' })
  productCategory: ProductCategory;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint', array: true })
  scores: number[];

  /** The open answer as given: for the regisseur's eyes only. */
  @Column({ name: 'open_text', type: 'varchar', length: 2000, nullable: true })
  openText: string | null;

  /** The answer with the phrases the regisseur masked replaced by [...]: what a report may quote. */
  @Column({ name: 'masked_text', type: 'varchar', length: 2000, nullable: true })
  maskedText: string | null;

  @Column({ type: 'boolean', default: false })
  quoted: boolean;
}

/** A wrong code tried, by the keyed hash of the network address it came from: the guessing limit counts them. */
@Entity({ name: 'survey_code_guess' })
@Index('survey_code_guess_address_idx', ['addressHash', 'triedAt'])
export class SurveyCodeGuess {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'survey_code_guess_pkey' })
  id: number;

  @Column({ name: 'address_hash', type: 'bytea' })
  addressHash: Buffer;

  @Column({ name: 'tried_at', type: 'timestamptz', default: () => 'now()' })
  triedAt: Date;
}
