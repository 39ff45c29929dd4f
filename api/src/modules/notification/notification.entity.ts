import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { TenantRecord } from '../../db/tenant-record';
import { User } from '../user/user.entity';

export enum OutgoingMessageStatus {
  /** Waiting for the worker (or for its next try). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** The last try failed; `lastAnswer` has the SMTP server's answer. */
  FAILED = 'FAILED',
  /** No SMTP server is set (SMTP_URL): kept here so that nothing is lost. */
  NOT_SENT = 'NOT_SENT',
  /** Not sent: when it was due, the recipient was inactive or could no longer see what it is about. */
  WITHHELD = 'WITHHELD',
}
registerEnumType(OutgoingMessageStatus, { name: 'OutgoingMessageStatus', description: 'Where a message in the outbox stands.' });

export enum NotificationKind {
  /** A proposal was submitted: the kwaliteitsdriehoek's sides are asked for their perspective. */
  PERSPECTIVE_REQUESTED = 'PERSPECTIVE_REQUESTED',
  /** Two working days before a six-week deadline not yet met: the ones it waits on. */
  DEADLINE_REMINDER = 'DEADLINE_REMINDER',
  /** Each morning at 07:00: the regisseur's list of what is overdue (the attention list). */
  ATTENTION_DIGEST = 'ATTENTION_DIGEST',
  /** A convenant was opened for signing: every party's representatives. */
  CONVENANT_SIGNING_OPENED = 'CONVENANT_SIGNING_OPENED',
  /** Seven days after it was opened, still unsigned by the recipient's party. */
  CONVENANT_SIGNING_REMINDER = 'CONVENANT_SIGNING_REMINDER',
  /** A funding agreement was proposed: the receiving provider's representatives. */
  FUNDING_PROPOSED = 'FUNDING_PROPOSED',
  /** An action was assigned to its owner. */
  ACTION_ASSIGNED = 'ACTION_ASSIGNED',
  /** An open action is due tomorrow. */
  ACTION_DUE_TOMORROW = 'ACTION_DUE_TOMORROW',
  /** An open action is past its due date. */
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  /** A quarter ended: its report is due 10 days later. */
  QUARTER_REPORT_DUE = 'QUARTER_REPORT_DUE',
  /** Five days before a quarter report is due, not yet received. */
  QUARTER_REPORT_REMINDER = 'QUARTER_REPORT_REMINDER',
  /** An overleg was scheduled: its attendees, with an invitation (iCalendar REQUEST). */
  OVERLEG_SCHEDULED = 'OVERLEG_SCHEDULED',
  /** An overleg moved: its attendees, with the updated invitation. */
  OVERLEG_MOVED = 'OVERLEG_MOVED',
  /** An overleg was cancelled: its attendees (iCalendar CANCEL). */
  OVERLEG_CANCELLED = 'OVERLEG_CANCELLED',
  /** A selection round was counted and all of the recipient's choices lost: they are asked for the minority's wisdom. */
  SELECTION_WISDOM_INVITED = 'SELECTION_WISDOM_INVITED',
  /** One user's daily digest mail: the notifications of the kinds they chose to receive that way. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** Security: an invitation to become a user, with a single-use link (7 days). */
  INVITATION = 'INVITATION',
  /** Security: a single-use login link asked for (15 minutes). */
  LOGIN_LINK = 'LOGIN_LINK',
  /** Security: a single-use link to choose a new password, asked for (1 hour). */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** The regisseur decided an opgave brought in on /meedoen: mailed to the contact address given with it (no account). */
  OPGAVE_SUBMISSION_OUTCOME = 'OPGAVE_SUBMISSION_OUTCOME',
  /** Two working days before the client council's check of a decision is due, not yet done: the council's members. */
  COUNCIL_CHECK_REMINDER = 'COUNCIL_CHECK_REMINDER',
  /** The client council's check is past its due date (14 days after the feedback): the council's members, once. */
  COUNCIL_CHECK_OVERDUE = 'COUNCIL_CHECK_OVERDUE',
  /** A selection round was cancelled without a decision: those who voted in it. */
  SELECTION_ROUND_CANCELLED = 'SELECTION_ROUND_CANCELLED',
  /** The regisseur reopened a quarter report: its provider's representatives account for it again. */
  QUARTER_REOPENED = 'QUARTER_REOPENED',
  /** An amendment of the convenant was proposed: the representatives of every party it concerns, to sign it. */
  CONVENANT_AMENDMENT_PROPOSED = 'CONVENANT_AMENDMENT_PROPOSED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification is about.' });

/**
 * What a notification and a message have in common: the object of the event they come from and its idempotency key,
 * unique per recipient, kind, object and due date, so the same event never notifies or mails one person twice. (Their
 * GraphQL fields are each class's own: type-graphql inherits fields only from a registered object type.)
 */
export abstract class EventRecord extends TenantRecord {
  @Column({ name: 'object_type', type: 'varchar', length: 60, nullable: true })
  objectType: string | null;

  @Column({ name: 'object_id', type: 'bigint', nullable: true })
  objectId: number | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;
}

/**
 * One e-mail, from the moment it is decided until it is sent or given up: the outbox.
 */
@Entity({ name: 'outgoing_message' })
@Index('outgoing_message_status_idx', ['municipalityId', 'status'])
@Check('outgoing_message_status_check', `"status" IN ('PENDING', 'SENT', 'FAILED', 'NOT_SENT', 'WITHHELD')`)
@Check(
  'outgoing_message_calendar_check',
  `("calendar_method" IS NULL) = ("calendar_text" IS NULL) AND ("calendar_method" IS NULL OR "calendar_method" IN ('REQUEST', 'CANCEL'))`,
)
@ObjectType('OutgoingMessage', { description: 'An e-mail in the outbox (ADMIN).' })
export class OutgoingMessage extends EventRecord {
  @Column({ name: 'recipient_user_id', type: 'bigint', nullable: true })
  recipientUserId: number | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipientUser?: User;

  @Field(() => String, { description: 'The address it is (or was) sent to.' })
  @Column({ type: 'varchar', length: 320 })
  address: string;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar', length: 60 })
  kind: NotificationKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  /** An attached iCalendar invitation (text/calendar; method=…), kept so that a retry or a resend carries it too. */
  @Column({ name: 'calendar_method', type: 'varchar', length: 10, nullable: true })
  calendarMethod: string | null;

  @Column({ name: 'calendar_text', type: 'text', nullable: true })
  calendarText: string | null;

  @Field(() => OutgoingMessageStatus)
  @Column({ type: 'varchar', length: 20, default: OutgoingMessageStatus.PENDING })
  status: OutgoingMessageStatus;

  @Field(() => Int, { description: 'Tries so far.' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: "The SMTP server's last answer, or why it was not sent." })
  @Column({ name: 'last_answer', type: 'text', nullable: true })
  lastAnswer: string | null;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

/** What the signed-in user is told in the application; each user reads and marks only their own. */
@Entity({ name: 'notification' })
@Index('notification_user_idx', ['userId', 'id'])
@Index('notification_digest_pending_idx', ['userId'], { where: 'digest_pending' })
@ObjectType('Notification', { description: 'Something asked of or told to the signed-in user.' })
export class Notification extends EventRecord {
  @Column({ name: 'user_id', type: 'bigint' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar', length: 60 })
  kind: NotificationKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { description: "The web client's path of what it is about, such as /voorstellen/12." })
  @Column({ type: 'varchar', length: 300 })
  link: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When what is asked is due.' })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => DateTimeResolver)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Kept for the recipient's daily digest (they chose DIGEST for its kind), not yet in one. */
  @Column({ name: 'digest_pending', type: 'boolean', default: false })
  digestPending: boolean;

  /** When it went out in a daily digest. */
  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
