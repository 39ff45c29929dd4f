import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { Atelier } from '../atelier/atelier.entity';
import { Opgaveteam } from '../opgave/opgave.entity';
import { ParticipantInviteInput, ParticipantInvitePayload, ParticipantMembershipView } from './participant.inputs';
import type { MembershipRow } from './participant.service';

@Resolver(() => ParticipantMembershipView)
export class ParticipantResolver {
  @Mutation(() => ParticipantInvitePayload, {
    description:
      'REGISSEUR, or the procesbegeleider of a team (residents, into that team only): invite a resident or client council member with ' +
      'their groups. One invitation mail, valid 7 days; the groups are joined when it is accepted. An existing participant of the same ' +
      'role joins the groups at once, without a second account.',
  })
  async participantInvite(
    @Arg('input', () => ParticipantInviteInput) input: ParticipantInviteInput,
    @Ctx() ctx: Context,
  ): Promise<ParticipantInvitePayload> {
    const outcome = await ctx.services.participant.invite(ctx.viewer, input);
    return outcome.ok ? { ...outcome.value, userErrors: [] } : { email: null, invited: null, userErrors: outcome.problems };
  }

  @Query(() => [ParticipantMembershipView], { description: 'The groups you take part in (kerngroep, opgaveteams, ateliers); empty for staff.' })
  async myMemberships(@Ctx() ctx: Context): Promise<MembershipRow[]> {
    return ctx.services.participant.mine(ctx.viewer);
  }

  @FieldResolver(() => Opgaveteam, { nullable: true })
  async opgaveteam(@Root() m: MembershipRow, @Ctx() ctx: Context): Promise<Opgaveteam | null> {
    return m.opgaveteamId === null ? null : loadersOf(ctx).opgave.teamById.load(m.opgaveteamId);
  }

  @FieldResolver(() => Atelier, { nullable: true })
  async atelier(@Root() m: MembershipRow, @Ctx() ctx: Context): Promise<Atelier | null> {
    return m.atelierId === null ? null : loadersOf(ctx).atelier.atelierById.load(m.atelierId);
  }
}
