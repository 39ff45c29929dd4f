import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { UserError } from '../../shared/graphql/user-error';
import { SURVEY_QUESTIONS, SURVEY_SCALE, type HiddenReason } from './survey.rules';

export const SurveyQuestion = Object.fromEntries(SURVEY_QUESTIONS.map((q) => [q, q])) as { [Q in (typeof SURVEY_QUESTIONS)[number]]: Q };
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];
registerEnumType(SurveyQuestion, {
  name: 'SurveyQuestion',
  description:
    'The questions of the Wmo client experience survey (VNG standard set), in the order asked: access (KNEW_WHERE_TO_GO, ' +
    'HELPED_QUICKLY, TAKEN_SERIOUSLY, SOLUTIONS_TOGETHER), quality (QUALITY_GOOD) and outcome (DO_WHAT_I_WANT, MANAGE_BETTER, QUALITY_OF_LIFE).',
});

export const SurveyAnswerValue = Object.fromEntries(Object.keys(SURVEY_SCALE).map((k) => [k, k])) as { [K in keyof typeof SURVEY_SCALE]: K };
export type SurveyAnswerValue = keyof typeof SURVEY_SCALE;
registerEnumType(SurveyAnswerValue, {
  name: 'SurveyAnswerValue',
  description: 'The five-point scale (helemaal mee eens … helemaal niet mee eens) and DONT_KNOW, which counts as no answer.',
});

export enum SurveyCodeStatus {
  VALID = 'VALID',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  UNKNOWN = 'UNKNOWN',
  LIMITED = 'LIMITED',
}
registerEnumType(SurveyCodeStatus, {
  name: 'SurveyCodeStatus',
  description: 'Whether a survey code can be answered with; LIMITED: too many wrong codes were tried from this address (for an hour).',
});

export const SurveyHiddenReason = { BELOW_THRESHOLD: 'BELOW_THRESHOLD', MARGIN: 'MARGIN' } as const;
export type SurveyHiddenReason = HiddenReason;
registerEnumType(SurveyHiddenReason, {
  name: 'SurveyHiddenReason',
  description: 'Why a figure is not shown: fewer responses than the threshold, or hidden too so that a total cannot give a hidden one away.',
});

@ObjectType('SurveyCodeInfo')
export class SurveyCodeInfo {
  @Field(() => SurveyCodeStatus)
  status: SurveyCodeStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the code stops working; only for a valid code.' })
  expiresOn: string | null;
}

@InputType('SurveyAnswerInput')
export class SurveyAnswerInput {
  @Field(() => SurveyQuestion)
  question: SurveyQuestion;

  @Field(() => SurveyAnswerValue)
  answer: SurveyAnswerValue;
}

@InputType('SurveySubmitInput')
export class SurveySubmitInput {
  @Field(() => String, { description: 'The code as on the letter; case, spaces and the dash do not matter.' })
  code: string;

  @Field(() => [SurveyAnswerInput], { description: 'The questions answered; each at most once. At least one answer or an open answer.' })
  answers: SurveyAnswerInput[];

  @Field(() => String, { nullable: true, description: 'The open question, at most 2000 characters.' })
  openAnswer?: string | null;
}

@ObjectType('SurveySubmitPayload')
export class SurveySubmitPayload {
  @Field(() => Boolean, { description: 'True when the answers were stored.' })
  accepted: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('SurveyCodeIssued', { description: 'A new survey code: shown this once, never again.' })
export class SurveyCodeIssued {
  @Field(() => String, { description: 'The code, grouped for reading: XXXXX-XXXXX.' })
  code: string;

  @Field(() => String, { description: 'The path of the page to answer at, /ervaring/<code>.' })
  path: string;

  @Field(() => String, { nullable: true, description: 'The full address, when PUBLIC_URL is set.' })
  url: string | null;

  @Field(() => LocalDateResolver)
  issuedOn: string;

  @Field(() => LocalDateResolver, { description: 'The code works until the day before this one (60 days).' })
  expiresOn: string;
}

@ObjectType('SurveyCodeIssuePayload')
export class SurveyCodeIssuePayload {
  @Field(() => SurveyCodeIssued, { nullable: true })
  issued: SurveyCodeIssued | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('SurveyCodeListed', { description: 'A code issued for an arrangement, without the code.' })
export class SurveyCodeListed {
  @Field(() => LocalDateResolver)
  issuedOn: string;

  @Field(() => LocalDateResolver)
  expiresOn: string;

  @Field(() => Boolean)
  used: boolean;

  @Field(() => Boolean, { description: 'Not used, and past its expiry date.' })
  expired: boolean;
}

@ObjectType('SurveyQuestionResult')
export class SurveyQuestionResult {
  @Field(() => SurveyQuestion)
  question: SurveyQuestion;

  @Field(() => Int, { nullable: true, description: 'How many answered it (DONT_KNOW and skipped do not count); null when hidden.' })
  answered: number | null;

  @Field(() => Float, { nullable: true, description: 'Share agreeing (helemaal mee eens + mee eens) of those who answered, 0 to 1; null when hidden or nobody answered.' })
  shareAgreeing: number | null;

  @Field(() => SurveyHiddenReason, { nullable: true })
  hidden: SurveyHiddenReason | null;
}

@ObjectType('SurveyResultCell')
export class SurveyResultCell {
  providerId: number | null;

  @Field(() => ProductCategory, { nullable: true })
  productCategory: ProductCategory | null;

  @Field(() => Int, { nullable: true, description: 'The number of responses; null when the cell is hidden.' })
  responses: number | null;

  @Field(() => SurveyHiddenReason, { nullable: true, description: 'Set when the whole cell is hidden.' })
  hidden: SurveyHiddenReason | null;

  @Field(() => [SurveyQuestionResult])
  questions: SurveyQuestionResult[];
}

@ObjectType('SurveySuppression', { description: 'A figure left out: a whole cell (question null) or one question of a cell.' })
export class SurveySuppression {
  providerId: number | null;

  @Field(() => ProductCategory, { nullable: true })
  productCategory: ProductCategory | null;

  @Field(() => Boolean, { description: 'The total of all providers (or of your provider).' })
  total: boolean;

  @Field(() => SurveyQuestion, { nullable: true })
  question: SurveyQuestion | null;

  @Field(() => SurveyHiddenReason)
  reason: SurveyHiddenReason;
}

@ObjectType('SurveyCodeCount', { description: 'Codes issued in the year per provider and how many were used: the response rate.' })
export class SurveyCodeCount {
  providerId: number;

  @Field(() => Int)
  issued: number;

  @Field(() => Int)
  used: number;

  @Field(() => Float, { nullable: true, description: 'used / issued; null when none were issued.' })
  responseRate: number | null;
}

@ObjectType('SurveyResults')
export class SurveyResults {
  @Field(() => Int)
  year: number;

  @Field(() => Boolean, {
    description: 'Whether the year has ended. Of a running year only the regisseur gets figures; analysts and representatives get none until it ends.',
  })
  final: boolean;

  @Field(() => Int, { description: 'The smallest number of responses a figure is shown for.' })
  threshold: number;

  @Field(() => SurveyResultCell, { description: 'All providers together (a representative: their own provider).' })
  total: SurveyResultCell;

  @Field(() => [SurveyResultCell])
  byProvider: SurveyResultCell[];

  @Field(() => [SurveyResultCell])
  byCategory: SurveyResultCell[];

  @Field(() => [SurveySuppression])
  suppressed: SurveySuppression[];

  @Field(() => [SurveyCodeCount], { nullable: true, description: 'REGISSEUR only: codes issued and used per provider; null for others.' })
  codes: SurveyCodeCount[] | null;
}

@ObjectType('SurveyOpenAnswer', { description: "An open answer, for the regisseur only (bound by confidentiality)." })
export class SurveyOpenAnswer {
  @Field(() => ID)
  id: string;

  providerId: number;

  @Field(() => Int)
  year: number;

  @Field(() => String, { description: 'The answer as given.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'The answer with masked phrases as [...]; what a report may quote.' })
  maskedText: string | null;

  @Field(() => Boolean)
  quoted: boolean;
}

@InputType('SurveyAnswerMaskInput')
export class SurveyAnswerMaskInput {
  @Field(() => [String], { description: 'Phrases to replace by [...] in the answer as given (each must occur); empty: quote it as it is.' })
  phrases: string[];

  @Field(() => Boolean, { description: 'Whether the masked answer is a quote for reports.' })
  quote: boolean;
}

@ObjectType('SurveyAnswerMaskPayload')
export class SurveyAnswerMaskPayload {
  @Field(() => SurveyOpenAnswer, { nullable: true })
  answer: SurveyOpenAnswer | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
