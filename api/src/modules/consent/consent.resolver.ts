import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { addPayloadMutations, inputArg, mutation } from '../../shared/graphql/payload-mutations';
import { ConsentGiveInput, ConsentPayload, ConsentRecord, ConsentSubject, ConsentWithdrawInput } from './consent.types';

@Resolver()
export class ConsentResolver {
  @Query(() => [ConsentRecord], { description: 'RESIDENT, CLIENT_COUNCIL: your own consents, newest first, withdrawn ones included.' })
  async myConsents(@Ctx() ctx: Context): Promise<ConsentRecord[]> {
    return ctx.services.consent.mine(ctx.viewer);
  }

  @Query(() => [ConsentSubject], {
    description: 'REGISSEUR: everyone whose consent can be recorded (participants, residents in a team without an account, submissions), with their consents.',
  })
  async consentSubjects(@Ctx() ctx: Context): Promise<ConsentSubject[]> {
    return ctx.services.consent.subjects(ctx.viewer);
  }

  @Query(() => String, {
    nullable: true,
    description: "Anyone, signed in or not: the privacy officer's (FG) contact for the privacy statement (PRIVACY_OFFICER_CONTACT); null when not set.",
  })
  privacyOfficerContact(@Ctx() ctx: Context): string | null {
    return ctx.services.consent.privacyOfficerContact();
  }
}

addPayloadMutations(ConsentResolver, ConsentPayload, 'consent', {
  consentGive: mutation(
    'Give consent for a purpose: a participant their own (in the client), the regisseur for someone who gave it on paper or orally. Refused when already in force.',
    [inputArg(ConsentGiveInput)],
    (ctx, input) => ctx.services.consent.give(ctx.viewer, input),
  ),
  consentWithdraw: mutation(
    'Withdraw a consent in force: a participant their own, the regisseur one received on paper or by phone. Withdrawing consent to be contacted about a submission clears its address; a withdrawn name leaves the public pages at once.',
    [inputArg(ConsentWithdrawInput)],
    (ctx, input) => ctx.services.consent.withdraw(ctx.viewer, input),
  ),
});
