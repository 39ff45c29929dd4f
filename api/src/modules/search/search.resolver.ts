import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { loadersOf } from '../../context';
import { requireViewer } from '../../shared/auth/viewer';
import { PageArgsType } from '../../shared/graphql/args';
import type { ConnectionResult } from '../../shared/graphql/connection';
import { SearchHit, SearchHitConnection, SearchResult } from './search.types';
import type { SearchHitRow } from './search.service';

type Found = object & { __typename: string };

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Full-text search (Dutch stemming: "buurthuizen" finds "buurthuis") over proposals, decisions, opgaven, the minutes of meetings and the titles of documents, best match first; only what you may see. Web search syntax: "a phrase", or, -leave out. A query of stop words only finds nothing.',
  })
  async search(
    @Arg('query', () => String, { description: 'At most 200 characters.' }) query: string,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<SearchHitRow>> {
    return ctx.services.search.search(requireViewer(ctx.viewer), query, page);
  }

  @FieldResolver(() => SearchResult, { description: 'What was found.' })
  async item(@Root() hit: SearchHitRow, @Ctx() ctx: Context): Promise<Found> {
    const loaders = loadersOf(ctx);
    const tag = (row: object | null): Found => {
      // The hit was read a moment ago by this request; gone now would be a fault.
      if (row === null) throw new Error(`search hit ${hit.type} ${String(hit.id)} is missing`);
      return { ...row, __typename: hit.type };
    };
    switch (hit.type) {
      case 'Proposal':
        return tag(await loaders.proposal.proposalById.load(hit.id));
      case 'Decision':
        return tag(await loaders.decision.decisionById.load(hit.id));
      case 'Opgave':
        return tag(await loaders.opgave.opgaveById.load(hit.id));
      case 'Overleg':
        return tag(await loaders.overleg.overlegById.load(hit.id));
      case 'Document':
        return tag(await loaders.document.documentById.load(hit.id));
    }
  }
}
