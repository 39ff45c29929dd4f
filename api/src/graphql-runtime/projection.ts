import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The columns one fetch of a list selects. Decoding columns nobody asked for (timestamps, text arrays) was the
 * largest cost of nested lists, so list loaders select what the query's fields read and no more.
 */
export interface Projection {
  /** Names the column set: part of a loader's batch and cache key, so differently shaped pages are not mixed. */
  readonly key: string;
  /** The SELECT list for a table alias, each column named as the row's property. */
  select(alias: string): string;
}

export interface ProjectionSpec<P extends string> {
  /** Every column of the row: property → database column. */
  columns: Record<P, string>;
  /** Always selected: the keys loaders group by and access checks read. */
  always: readonly NoInfer<P>[];
  /** GraphQL fields that are not a column of the same name, with the columns their resolvers read. */
  fields: Record<string, readonly NoInfer<P>[]>;
}

export interface ProjectionOf {
  /** Every column: for single rows, writes and anything that is not a GraphQL selection. */
  readonly all: Projection;
  /** The columns the nodes of a connection field (`edges { node { … } }`) read. */
  forConnection(info: GraphQLResolveInfo): Projection;
}

export function defineProjection<P extends string>(spec: ProjectionSpec<P>): ProjectionOf {
  const properties = Object.keys(spec.columns) as P[];
  const build = (props: ReadonlySet<P>): Projection => {
    // In declaration order: one column set, one key and one statement text, however the query orders its fields.
    const chosen = properties.filter((p) => props.has(p));
    const key = chosen.length === properties.length ? '*' : chosen.join(',');
    const texts = new Map<string, string>();
    return {
      key,
      select(alias) {
        let text = texts.get(alias);
        if (text === undefined) {
          text = chosen.map((p) => (spec.columns[p] === p ? `${alias}.${p}` : `${alias}.${spec.columns[p]} AS "${p}"`)).join(', ');
          texts.set(alias, text);
        }
        return text;
      },
    };
  };
  const all = build(new Set(properties));
  const shapes = new Map<string, Projection>([[all.key, all]]);
  const cache = new WeakMap<FieldNode, Projection>();

  const ofFields = (names: ReadonlySet<string>): Projection => {
    const props = new Set<P>(spec.always);
    for (const name of names) {
      if (name === '__typename') continue;
      const reads = spec.fields[name] ?? (name in spec.columns ? [name as P] : undefined);
      // A field this spec does not know may read anything: it gets every column.
      if (reads === undefined) return all;
      for (const p of reads) props.add(p);
    }
    const shape = build(props);
    const known = shapes.get(shape.key);
    if (known) return known;
    shapes.set(shape.key, shape);
    return shape;
  };

  return {
    all,
    forConnection(info) {
      // The parsed document is cached by the server, so its field nodes are the same objects request after request.
      const first = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
      const cached = first && cache.get(first);
      if (cached) return cached;
      const names = new Set<string>();
      for (const fieldNode of info.fieldNodes) {
        for (const edges of fieldsNamed(fieldNode.selectionSet, 'edges', info.fragments)) {
          for (const node of fieldsNamed(edges.selectionSet, 'node', info.fragments)) {
            for (const field of fieldsNamed(node.selectionSet, null, info.fragments)) names.add(field.name.value);
          }
        }
      }
      const projection = ofFields(names);
      if (first) cache.set(first, projection);
      return projection;
    },
  };
}

/** The fields of a selection set (through fragments; @skip and @include ignored, so at worst a column too many). */
function fieldsNamed(set: SelectionSetNode | undefined, name: string | null, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (s: SelectionSetNode | undefined): void => {
    for (const selection of s?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (name === null || selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  visit(set);
  return found;
}
