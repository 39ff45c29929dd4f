import { Ctx, Float, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { addPayloadMutations, idArg, inputArg, mutation, versionArg } from '../../shared/graphql/payload-mutations';
import { Opgave } from '../opgave/opgave.entity';
import { Atelier, AtelierMeeting, AtelierMeetingKind } from './atelier.entity';
import { AtelierConcludeInput, AtelierHoursLogInput, AtelierMeetingRecordInput, AtelierPlanInput } from './atelier.inputs';
import { AtelierPayload } from './atelier.payloads';
import { overNorm } from './atelier.rules';

@Resolver(() => Atelier)
export class AtelierResolver {
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

addPayloadMutations(AtelierResolver, AtelierPayload, 'atelier', {
  atelierPlan: mutation('REGISSEUR: plan an AanTafel! atelier for a selected opgave.', [inputArg(AtelierPlanInput)], (ctx, input) =>
    ctx.services.atelier.plan(ctx.viewer, input),
  ),
  atelierMeetingRecord: mutation(
    'REGISSEUR: record the design meeting (once) or a dialogue meeting (after it).',
    [inputArg(AtelierMeetingRecordInput)],
    (ctx, input) => ctx.services.atelier.recordMeeting(ctx.viewer, input),
  ),
  atelierHoursLog: mutation('REGISSEUR: log facilitator hours spent on an atelier.', [inputArg(AtelierHoursLogInput)], (ctx, input) =>
    ctx.services.atelier.logHours(ctx.viewer, input),
  ),
  atelierConclude: mutation(
    'REGISSEUR: record the outcome and the decision about what follows.',
    [idArg, versionArg, inputArg(AtelierConcludeInput)],
    (ctx, id, version, input) => ctx.services.atelier.conclude(ctx.viewer, id, version, input),
  ),
});

@Resolver(() => Opgave)
export class OpgaveAtelierResolver {
  @FieldResolver(() => [Atelier], { description: 'The AanTafel! ateliers of this opgave.' })
  async ateliers(@Root() o: Opgave, @Ctx() ctx: Context): Promise<Atelier[]> {
    return loadersOf(ctx).atelier.ateliersByOpgaveId.load(o.id);
  }
}
