import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/graphql/connection';
import { resolveByTypename } from '../../shared/graphql/node';
import { Decision } from '../decision/decision.entity';
import { Document } from '../document/document.entity';
import { Opgave } from '../opgave/opgave.entity';
import { Overleg } from '../overleg/overleg.entity';
import { Proposal } from '../proposal/proposal.entity';
import type { SearchType } from './search.sources';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: "What a search finds: a proposal, a decision, an opgave, a meeting (its minutes) or a document (its title).",
  types: () => [Proposal, Decision, Opgave, Overleg, Document] as const,
  resolveType: (value) => resolveByTypename(value as { __typename?: string }),
});

@ObjectType('SearchSnippetPart', { simpleResolvers: true, description: 'A piece of a snippet; `match` marks a word the query found.' })
export class SearchSnippetPart {
  @Field(() => String)
  text: string;

  @Field(() => Boolean)
  match: boolean;
}

@ObjectType('SearchHit', { description: 'One result of `search`, best first.' })
export class SearchHit {
  type: SearchType;
  id: number;

  @Field(() => Float, { description: "How well it matches: ts_rank of its title; a match in the text alone ranks below every match in a title." })
  rank: number;

  @Field(() => String, { description: "Its title (a decision's text, shortened)." })
  title: string;

  @Field(() => String, { description: 'The passage around the words found, as plain text.' })
  snippet: string;

  @Field(() => [SearchSnippetPart], { description: 'The same passage in pieces, the words found marked.' })
  snippetParts: SearchSnippetPart[];
}

export const SearchHitConnection = ConnectionType('SearchHit', SearchHit);
