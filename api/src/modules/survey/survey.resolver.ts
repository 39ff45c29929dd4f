import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { Provider } from '../provider/provider.entity';
import {
  SurveyAnswerMaskInput,
  SurveyAnswerMaskPayload,
  SurveyCodeCount,
  SurveyCodeInfo,
  SurveyCodeIssuePayload,
  SurveyCodeListed,
  SurveyCodeStatus,
  SurveyOpenAnswer,
  SurveyResultCell,
  SurveyResults,
  SurveySubmitInput,
  SurveySubmitPayload,
  SurveySuppression,
} from './survey.types';

async function providerOf(ctx: Context, providerId: number | null): Promise<Provider | null> {
  if (providerId === null) return null;
  return loadersOf(ctx).provider.providerById.load(providerId);
}

@Resolver()
export class SurveyResolver {
  @Mutation(() => SurveyCodeIssuePayload, {
    description:
      "PROVIDER_REP: issue a one-time survey code for one of your provider's arrangements (once after it ended; a running one once in 12 months). " +
      'The code is returned this once and works for 60 days.',
  })
  async surveyCodeIssue(@Arg('arrangementId', () => ID) arrangementId: string, @Ctx() ctx: Context): Promise<SurveyCodeIssuePayload> {
    const outcome = await ctx.services.survey.issue(ctx.viewer, arrangementId);
    return outcome.ok ? { issued: outcome.value, userErrors: [] } : { issued: null, userErrors: outcome.problems };
  }

  @Query(() => [SurveyCodeListed], { description: "PROVIDER_REP: the survey codes issued for one of your provider's arrangements, without the codes." })
  surveyCodes(@Arg('arrangementId', () => ID) arrangementId: string, @Ctx() ctx: Context): Promise<SurveyCodeListed[]> {
    return ctx.services.survey.codes(ctx.viewer, arrangementId);
  }

  @Query(() => SurveyCodeInfo, {
    description: 'Without login: whether a survey code can be answered with, and nothing more. Wrong codes are limited per address.',
  })
  async surveyCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<SurveyCodeInfo> {
    const { state, expiresOn } = await ctx.services.survey.state(code, ctx.clientAddress);
    return { status: SurveyCodeStatus[state], expiresOn };
  }

  @Mutation(() => SurveySubmitPayload, {
    description: 'Without login: answer the survey with a code, once. Stored with provider, product category and year only.',
  })
  async surveySubmit(@Arg('input', () => SurveySubmitInput) input: SurveySubmitInput, @Ctx() ctx: Context): Promise<SurveySubmitPayload> {
    const outcome = await ctx.services.survey.submit(input.code, input.answers, input.openAnswer ?? null, ctx.clientAddress);
    return outcome.ok ? { accepted: true, userErrors: [] } : { accepted: false, userErrors: outcome.problems };
  }

  @Query(() => SurveyResults, {
    description:
      'REGISSEUR, ANALYST, PROVIDER_REP (own provider): the share agreeing per question per provider, category and in total for a year. ' +
      'Figures of fewer than 10 responses, and those that would give one away, are hidden and named in `suppressed`.',
  })
  surveyResults(
    @Arg('year', () => Int) year: number,
    @Arg('providerId', () => ID, { nullable: true }) providerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<SurveyResults> {
    return ctx.services.survey.results(ctx.viewer, year, providerId ?? null);
  }

  @Query(() => [SurveyOpenAnswer], { description: 'REGISSEUR only (bound by confidentiality): the open answers of a year, or of one provider.' })
  surveyOpenAnswers(
    @Arg('year', () => Int) year: number,
    @Arg('providerId', () => ID, { nullable: true }) providerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<SurveyOpenAnswer[]> {
    return ctx.services.survey.openAnswers(ctx.viewer, year, providerId ?? null);
  }

  @Mutation(() => SurveyAnswerMaskPayload, {
    description: 'REGISSEUR: replace phrases of an open answer by [...] and mark it as a quote for reports; the answer as given is kept for you only.',
  })
  async surveyAnswerMask(
    @Arg('answerId', () => ID) answerId: string,
    @Arg('input', () => SurveyAnswerMaskInput) input: SurveyAnswerMaskInput,
    @Ctx() ctx: Context,
  ): Promise<SurveyAnswerMaskPayload> {
    const outcome = await ctx.services.survey.mask(ctx.viewer, answerId, input.phrases, input.quote);
    return outcome.ok ? { answer: outcome.value, userErrors: [] } : { answer: null, userErrors: outcome.problems };
  }
}

@Resolver(() => SurveyResultCell)
export class SurveyResultCellResolver {
  @FieldResolver(() => Provider, { nullable: true, description: 'Null for a category or the total.' })
  provider(@Root() cell: SurveyResultCell, @Ctx() ctx: Context): Promise<Provider | null> {
    return providerOf(ctx, cell.providerId);
  }
}

@Resolver(() => SurveySuppression)
export class SurveySuppressionResolver {
  @FieldResolver(() => Provider, { nullable: true })
  provider(@Root() s: SurveySuppression, @Ctx() ctx: Context): Promise<Provider | null> {
    return providerOf(ctx, s.providerId);
  }
}

@Resolver(() => SurveyCodeCount)
export class SurveyCodeCountResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() c: SurveyCodeCount, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await providerOf(ctx, c.providerId);
    if (!provider) throw new Error(`provider ${c.providerId} is missing`);
    return provider;
  }
}

@Resolver(() => SurveyOpenAnswer)
export class SurveyOpenAnswerResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() a: SurveyOpenAnswer, @Ctx() ctx: Context): Promise<Provider> {
    const provider = await providerOf(ctx, a.providerId);
    if (!provider) throw new Error(`provider ${a.providerId} is missing`);
    return provider;
  }
}
