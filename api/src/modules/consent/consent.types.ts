import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { UserError } from '../../shared/graphql/user-error';
import { ConsentChannel, ConsentPurpose, ConsentSubjectKind } from './consent.entity';

@ObjectType('ConsentRecord', { description: 'One consent for one purpose: given, and perhaps withdrawn. Consent given again is a new record.' })
export class ConsentRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ConsentSubjectKind)
  subjectKind: ConsentSubjectKind;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => DateTimeResolver)
  givenAt: Date;

  @Field(() => ConsentChannel)
  givenChannel: ConsentChannel;

  @Field(() => String, { nullable: true, description: 'Who recorded it; null for the public form, or when the viewer may not see that user.' })
  givenByName: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => ConsentChannel, { nullable: true })
  withdrawnChannel: ConsentChannel | null;

  @Field(() => String, { nullable: true })
  withdrawnByName: string | null;

  @Field(() => Boolean, { description: 'Given and not withdrawn.' })
  inForce: boolean;
}

@ObjectType('ConsentSubject', { description: 'Someone whose consent is recorded: a participant, a resident in an opgaveteam without an account, or a public-form submission.' })
export class ConsentSubject {
  @Field(() => ConsentSubjectKind)
  kind: ConsentSubjectKind;

  @Field(() => ID, { description: 'A User id (PARTICIPANT), OpgaveteamMember.id (OPGAVETEAM_MEMBER) or an OpgaveSubmission id (SUBMISSION).' })
  id: string;

  @Field(() => String, { description: "The person's name, or the submission's title." })
  name: string;

  @Field(() => String, { nullable: true, description: 'Where they take part: the opgave of the team, or the contact address of a submission.' })
  context: string | null;

  @Field(() => [ConsentPurpose], { description: 'The purposes this subject can consent to.' })
  purposes: ConsentPurpose[];

  @Field(() => [ConsentRecord], { description: 'Every consent, newest first, withdrawn ones included.' })
  consents: ConsentRecord[];
}

@InputType('ConsentSubjectInput')
export class ConsentSubjectInput {
  @Field(() => ConsentSubjectKind)
  kind: ConsentSubjectKind;

  @Field(() => ID, { description: 'As ConsentSubject.id gives it.' })
  id: string;
}

@InputType('ConsentGiveInput')
export class ConsentGiveInput {
  @Field(() => ConsentSubjectInput, { nullable: true, description: 'REGISSEUR: whose consent; a participant leaves it out (their own).' })
  subject?: ConsentSubjectInput | null;

  @Field(() => ConsentPurpose)
  purpose: ConsentPurpose;

  @Field(() => ConsentChannel, { nullable: true, description: 'PAPER or ORAL for the regisseur (default PAPER), CLIENT for a participant (the default).' })
  channel?: ConsentChannel | null;
}

@InputType('ConsentWithdrawInput')
export class ConsentWithdrawInput {
  @Field(() => ID, { description: 'As ConsentRecord.id gives it.' })
  id: string;

  @Field(() => ConsentChannel, { nullable: true, description: 'PAPER or ORAL (by phone) for the regisseur (default ORAL), CLIENT for a participant (the default).' })
  channel?: ConsentChannel | null;
}

@ObjectType('ConsentPayload')
export class ConsentPayload {
  @Field(() => ConsentRecord, { nullable: true })
  consent: ConsentRecord | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
