import type { Clock } from '../clock';
import type { Context } from '../context';
import type { RequestDb } from '../db/request-db';
import { Role } from '../modules/user/user.entity';
import type { Viewer } from './auth/viewer';
import type { Pseudonymizer } from './pseudonym';

/** Settings the services need from the configuration. */
export interface ServiceSettings {
  suppressionThreshold: number;
  pseudonymize: Pseudonymizer;
  /** PUBLIC_URL (without a trailing slash), when set: for addresses the API gives out in full. */
  publicUrl: string | null;
  /** PRIVACY_OFFICER_CONTACT: the privacy officer's (FG) contact the privacy statement shows; null when not set. */
  privacyOfficerContact: string | null;
  /** Single sign-on: whether OIDC_ISSUER is set, the address the issuers send back to, and the sealer of client secrets. */
  oidc: { defaultIssuer: boolean; baseUrl: string; sealSecret(plain: string, boundTo: string): string; openSecret(sealed: string, boundTo: string): string | null };
}

/** What a module's services are built from, once per request. */
export interface ServiceDeps {
  db: RequestDb;
  clock: Clock;
  settings: ServiceSettings;
}

/** What a module's loaders are built from: one request, one municipality. */
export interface LoaderDeps {
  db: RequestDb;
  municipalityId: number;
}

type Factories<D> = Record<string, (deps: D) => unknown>;
/** A class: an entity or a resolver. */
export type ModuleClass = abstract new (...args: never[]) => unknown;

/** A policy on a table, by name (`tenant_scope`, `provider_scope`, `owner_all`, …), as the migrations create it. */
export type PolicyName = string;

/** A table the module owns: its TypeORM entity (which names the table) and the row-security policies it must have. */
export interface TableDeclaration {
  readonly entity: ModuleClass;
  readonly policies: readonly PolicyName[];
}

/** One Node type: the entity whose rows (and audit trail) it shows, and how `node(id)` reads it for a viewer. */
export interface NodeSource {
  readonly entity: ModuleClass;
  /**
   * Null when it does not exist or the viewer may not see it (the two answer alike). Write its return type out: the
   * types of `ctx.services` and the loaders are inferred from the module declarations, and a return type inferred
   * from a body that reads them would refer back to itself.
   */
  load(ctx: Context, viewer: Viewer, id: number): Promise<object | null>;
}

/** Who may call a root field: roles, and ANONYMOUS for callers without a token. */
export type Access = Role | 'ANONYMOUS';

export interface ModuleDeclaration<S extends Factories<ServiceDeps>, L extends Factories<LoaderDeps>, N extends string> {
  readonly name: string;
  /** type-graphql resolver classes. */
  readonly resolvers: readonly ModuleClass[];
  /** Request services by name (`ctx.services.<name>`), each built on first use. */
  readonly services: S;
  /** Loader sets by name (`loadersOf(ctx).<name>`), each built on first use. */
  readonly loaders: L;
  readonly nodeTypes: Readonly<Record<N, NodeSource>>;
  /** In foreign-key order: backups restore the modules' tables in the order of the module list, then of this list. */
  readonly tables: readonly TableDeclaration[];
  /** Per root field (`Query.x`, `Mutation.y`): who may call it; the permission matrix test holds the API to it. */
  readonly permissions: Readonly<Record<string, readonly Access[]>>;
}

interface ModuleInput<S, L, N extends string> {
  name: string;
  resolvers?: readonly ModuleClass[];
  services?: S;
  loaders?: L;
  nodeTypes?: Readonly<Record<N, NodeSource>>;
  tables?: readonly TableDeclaration[];
  permissions?: Readonly<Record<string, readonly Access[]>>;
}

/**
 * A module's one declaration; `modules/index.ts` lists them, and the schema, the request's services and loaders, the
 * entities, the global ids, `node`, the audit trail, backups and the registry tests are derived from that list.
 */
export function defineModule<S extends Factories<ServiceDeps>, L extends Factories<LoaderDeps>, N extends string>(
  input: ModuleInput<S, L, N>,
): ModuleDeclaration<S, L, N> {
  const declared: ModuleDeclaration<S, L, N> = {
    name: input.name,
    resolvers: input.resolvers ?? [],
    services: input.services ?? ({} as S),
    loaders: input.loaders ?? ({} as L),
    nodeTypes: input.nodeTypes ?? ({} as Readonly<Record<N, NodeSource>>),
    tables: input.tables ?? [],
    permissions: input.permissions ?? {},
  };
  // A class read while its file is still loading (an import cycle into this module file) is undefined: say so here,
  // instead of failing later as a schema without that resolver or a table without its entity.
  const classes: unknown[] = [
    ...declared.resolvers,
    ...declared.tables.map((t) => t.entity),
    ...Object.values<NodeSource>(declared.nodeTypes).map((n) => n.entity),
  ];
  if (classes.some((c) => typeof c !== 'function')) {
    throw new Error(`module ${input.name}: a resolver or entity is undefined (an import cycle reached its module file too early)`);
  }
  return declared;
}

/** Any declared module, whatever its services, loaders and node types. */
export type AnyModule = ModuleDeclaration<Factories<ServiceDeps>, Factories<LoaderDeps>, string>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A module that declares none of a kind is inferred with the kind's whole constraint (any name): that adds no names. */
type Named<T> = string extends keyof T ? never : T;

/** The services of all modules together, keyed by name. */
export type ServicesOf<M extends readonly AnyModule[]> = UnionToIntersection<{ [I in keyof M]: Named<M[I]['services']> }[number]>;
/** The loader sets of all modules together, keyed by name. */
export type LoadersOf<M extends readonly AnyModule[]> = UnionToIntersection<{ [I in keyof M]: Named<M[I]['loaders']> }[number]>;
/** The names of all Node types. */
export type NodeTypesOf<M extends readonly AnyModule[]> = {
  [I in keyof M]: string extends keyof M[I]['nodeTypes'] ? never : keyof M[I]['nodeTypes'] & string;
}[number];

/** Every signed-in role: for root fields each of them may call (what each then sees is the services' business). */
export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** The people who take part themselves: they see only what their memberships concern, never arrangements or money. */
export const PARTICIPANT_ROLES: readonly Role[] = [Role.CLIENT_COUNCIL, Role.RESIDENT];

/** The municipality's and providers' staff: every role but the participants. */
export const STAFF_ROLES: readonly Role[] = ALL_ROLES.filter((role) => !PARTICIPANT_ROLES.includes(role));

/** Tables that have the same row-security policies, in foreign-key order. */
export function tablesWith(policies: readonly PolicyName[], ...entities: readonly ModuleClass[]): TableDeclaration[] {
  return entities.map((entity) => ({ entity, policies }));
}

/** A request's loader by id. */
export interface ByIdLoader<T> {
  load(id: number): Promise<T>;
}

/**
 * What `nodeByLoader` reads with. Write the return type out, `(ctx): NodeRead => …`: the loaders' type is inferred from
 * the module declarations, and a return type inferred from a body that reads them would refer back to itself.
 */
export type NodeRead = ByIdLoader<object | null>;
export type NodeLoader = (ctx: Context) => NodeRead;

/** A Node type that `node` reads with a loader, for every viewer the loader's rows are visible to. */
export function nodeByLoader(entity: ModuleClass, loader: NodeLoader): NodeSource {
  return { entity, load: (ctx, _viewer, id) => loader(ctx).load(id) };
}
