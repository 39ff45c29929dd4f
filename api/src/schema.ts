import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { ArrangementReportResolver, ArrangementResolver } from './modules/arrangement/arrangement.resolver';
import { ConvenantPartyResolver, ConvenantResolver } from './modules/convenant/convenant.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { OpgaveResolver, OpgaveteamMemberResolver, OpgaveteamResolver } from './modules/opgave/opgave.resolver';
import { ProviderResolver } from './modules/provider/provider.resolver';
import { UserResolver } from './modules/user/user.resolver';
import { Node } from './shared/graphql/node';

export const resolvers = [
  NodeResolver,
  UserResolver,
  ProviderResolver,
  ConvenantResolver,
  ConvenantPartyResolver,
  ArrangementResolver,
  ArrangementReportResolver,
  OpgaveResolver,
  OpgaveteamResolver,
  OpgaveteamMemberResolver,
  AuditResolver,
] as const;

let cached: Promise<GraphQLSchema> | null = null;

/** Built once per process: type-graphql keeps its metadata globally. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    orphanedTypes: [Node],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  });
  return cached;
}
