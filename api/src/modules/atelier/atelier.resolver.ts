import { Arg, Ctx, Float, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { toGlobalId } from '../../shared/graphql/global-id';
import { payload } from '../../shared/graphql/payload';
import { Opgave } from '../opgave/opgave.entity';
import { Atelier, AtelierMeeting, AtelierMeetingKind } from './atelier.entity';
import { AtelierConcludeInput, AtelierHoursLogInput, AtelierMeetingRecordInput, AtelierPlanInput } from './atelier.inputs';
import { AtelierPayload } from './atelier.payloads';
import { overNorm } from './atelier.rules';

@Resolver(() => Atelier)
export class AtelierResolver {
  @Mutation(() => AtelierPayload, { description: 'REGISSEUR: plan an AanTafel! atelier for a selected opgave.' })
  async atelierPlan(@Arg('input', () => AtelierPlanInput) input: AtelierPlanInput, @Ctx() ctx: Context): Promise<AtelierPayload> {
    return payload('atelier', await ctx.services.atelier.plan(ctx.viewer, input));
  }

  @Mutation(() => AtelierPayload, { description: 'REGISSEUR: record the design meeting (once) or a dialogue meeting (after it).' })
  async atelierMeetingRecord(
    @Arg('input', () => AtelierMeetingRecordInput) input: AtelierMeetingRecordInput,
    @Ctx() ctx: Context,
  ): Promise<AtelierPayload> {
    return payload('atelier', await ctx.services.atelier.recordMeeting(ctx.viewer, input));
  }

  @Mutation(() => AtelierPayload, { description: 'REGISSEUR: log facilitator hours spent on an atelier.' })
  async atelierHoursLog(@Arg('input', () => AtelierHoursLogInput) input: AtelierHoursLogInput, @Ctx() ctx: Context): Promise<AtelierPayload> {
    return payload('atelier', await ctx.services.atelier.logHours(ctx.viewer, input));
  }

  @Mutation(() => AtelierPayload, { description: 'REGISSEUR: record the outcome and the decision about what follows.' })
  async atelierConclude(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AtelierConcludeInput) input: AtelierConcludeInput,
    @Ctx() ctx: Context,
  ): Promise<AtelierPayload> {
    return payload('atelier', await ctx.services.atelier.conclude(ctx.viewer, id, version, input));
  }

  @FieldResolver(() => ID)
  id(@Root() a: Atelier): string {
    return toGlobalId('Atelier', a.id);
  }

  @FieldResolver(() => Opgave)
  async opgave(@Root() a: Atelier, @Ctx() ctx: Context): Promise<Opgave> {
    const opgave = await loadersOf(ctx).opgave.opgaveById.load(a.opgaveId);
    if (!opgave) throw new Error(`opgave ${a.opgaveId} of atelier ${a.id} is missing`);
    return opgave;
  }

  @FieldResolver(() => AtelierMeeting, { nullable: true, description: 'The ontwerpbijeenkomst, once held.' })
  async designMeeting(@Root() a: Atelier, @Ctx() ctx: Context): Promise<AtelierMeeting | null> {
    const meetings = await loadersOf(ctx).atelier.meetingsByAtelierId.load(a.id);
    return meetings.find((m) => m.kind === AtelierMeetingKind.DESIGN) ?? null;
  }

  @FieldResolver(() => [AtelierMeeting], { description: 'The dialoogbijeenkomsten, in date order.' })
  async dialogueMeetings(@Root() a: Atelier, @Ctx() ctx: Context): Promise<AtelierMeeting[]> {
    const meetings = await loadersOf(ctx).atelier.meetingsByAtelierId.load(a.id);
    return meetings.filter((m) => m.kind === AtelierMeetingKind.DIALOGUE);
  }

  @FieldResolver(() => Float, { description: 'Sum of the logged facilitator hours.' })
  async facilitatorHours(@Root() a: Atelier, @Ctx() ctx: Context): Promise<number> {
    return loadersOf(ctx).atelier.hoursByAtelierId.load(a.id);
  }

  @FieldResolver(() => Boolean, { description: 'True once the logged hours exceed the norm.' })
  async overBudget(@Root() a: Atelier, @Ctx() ctx: Context): Promise<boolean> {
    return overNorm(await loadersOf(ctx).atelier.hoursByAtelierId.load(a.id), a.hoursNorm);
  }
}

@Resolver(() => Opgave)
export class OpgaveAtelierResolver {
  @FieldResolver(() => [Atelier], { description: 'The AanTafel! ateliers of this opgave.' })
  async ateliers(@Root() o: Opgave, @Ctx() ctx: Context): Promise<Atelier[]> {
    return loadersOf(ctx).atelier.ateliersByOpgaveId.load(o.id);
  }
}
