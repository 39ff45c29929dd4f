import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Lexer, Source, TokenKind } from 'graphql';

/** Query limits after the OWASP GraphQL cheat sheet; each refusal is a 400 GRAPHQL_VALIDATION_FAILED naming the limit. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3000,
  // Cost counts objects times the page sizes written in the query: a dashboard of 10 providers x 20 arrangements x 12 reports costs about 400,000.
  maxCost: 500000,
} as const;

export function armor(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Armor's token limit parses in a plugin hook, where any syntax error becomes a 500; counted in http.ts instead.
    maxTokens: { enabled: false },
    // Armor's cost limit reads only page sizes written in the query; cost.ts counts the variables too (after parsing them).
    costLimit: { enabled: false },
    // Field suggestions ("did you mean …?") reveal the schema; off in production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** True when the document has more tokens than allowed; syntax errors are left to the GraphQL parser to report. */
export function exceedsTokenLimit(query: string, limit: number = LIMITS.maxTokens): boolean {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 0; lexer.advance().kind !== TokenKind.EOF;) {
      if (++count > limit) return true;
    }
  } catch {
    return false;
  }
  return false;
}
