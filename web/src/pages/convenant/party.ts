import { CONVENANT_PARTY_TEXTS as T } from '@regiekamer/texts';
import type { ConvenantsQuery } from '../../gql/graphql';
import type { Viewer } from '../../lib/session';

export type Convenant = ConvenantsQuery['convenants']['edges'][number]['node'];
export type Party = Convenant['parties'][number];

export const partyName = (p: Party) => (p.kind === 'MUNICIPALITY' ? T.municipality : (p.provider?.name ?? T.provider));

/** A party as a sentence names it: "namens de gemeente", "namens Zorggroep Lindehof". */
export const partyInSentence = (p: Pick<Party, 'kind' | 'provider'>) =>
  p.kind === 'MUNICIPALITY' ? T.municipalityInSentence : (p.provider?.name ?? T.provider);

/** The party the viewer signs for: their provider, or the municipality for the regisseur. */
export function ownParty(c: Convenant, viewer: Viewer): Party | undefined {
  if (viewer.role === 'REGISSEUR') return c.parties.find((p) => p.kind === 'MUNICIPALITY');
  if (viewer.role === 'PROVIDER_REP' && viewer.provider) return c.parties.find((p) => p.provider?.id === viewer.provider?.id);
  return undefined;
}
