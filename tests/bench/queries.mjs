// The query pairs: the same question asked of our API and of PostGraphile, and how to bring both answers to one shape.
// Both lists are ordered by id ascending (ours always is; PostGraphile is told PRIMARY_KEY_ASC).
import { encodeGlobalId } from './normalise.mjs';

const ARRANGEMENT_SCALARS = `status form productCategory requestedOn startsOn endedOn endReason goalAttainment
  hoursPerWeek plannedCostCents realisedCostCents goals version`;
const REPORT_SCALARS = 'periodStart periodEnd hoursDelivered costCents remarks';

/** PostGraphile's relation and root field names → ours. */
export const PEER_NAMES = {
  providerByProviderId: 'provider',
  arrangementsByProviderId: 'arrangements',
  arrangementReportsByArrangementId: 'reports',
  convenantPartiesByConvenantId: 'parties',
};

const providerTree = (ours, counted) => {
  const total = counted ? 'totalCount' : '';
  return ours
    ? `providers(first: 10) { edges { node { id name kind
         arrangements(first: 5) { ${total} edges { node { id status plannedCostCents
           reports(first: 3) { ${total} edges { node { id ${REPORT_SCALARS} } } } } } } } } }`
    : `providers: allProviders(first: 10, orderBy: PRIMARY_KEY_ASC) { edges { node { rowId name kind
         arrangementsByProviderId(first: 5, orderBy: PRIMARY_KEY_ASC) { ${total} edges { node { rowId status plannedCostCents
           arrangementReportsByArrangementId(first: 3, orderBy: PRIMARY_KEY_ASC) { ${total} edges { node { rowId ${REPORT_SCALARS} } } } } } } } } }`;
};

/**
 * `levels`: how many separate fetches the question needs when each level of the tree is one batched statement
 * (root list plus one per nested relation, plus one per counted connection): the bound on data statements.
 * `check`: the normalised answer must contain something, or two empty answers would agree.
 */
export const QUERIES = [
  {
    name: 'Q1',
    title: 'one arrangement by id (with its provider)',
    paginated: false,
    levels: 2,
    ours: (fx) => ({
      query: `query Q1($id: ID!) { arrangement: node(id: $id) { ... on Arrangement { id ${ARRANGEMENT_SCALARS} provider { id name } } } }`,
      variables: { id: encodeGlobalId('Arrangement', fx.arrangementId) },
    }),
    peer: (fx) => ({
      query: `query Q1($id: BigInt!) { arrangement: arrangementByRowId(rowId: $id) { rowId ${ARRANGEMENT_SCALARS} providerByProviderId { rowId name } } }`,
      variables: { id: String(fx.arrangementId) },
    }),
    check: (a, fx) => a.arrangement?.id === fx.arrangementId && a.arrangement.provider?.name ? null : 'no arrangement with its provider',
  },
  {
    name: 'Q2',
    title: 'page of 20 arrangements, scalars only',
    paginated: true,
    levels: 1,
    ours: () => ({ query: `query Q2 { arrangements(first: 20) { edges { node { id ${ARRANGEMENT_SCALARS} } } } }`, variables: {} }),
    peer: () => ({
      query: `query Q2 { arrangements: allArrangements(first: 20, orderBy: PRIMARY_KEY_ASC) { edges { node { rowId ${ARRANGEMENT_SCALARS} } } } }`,
      variables: {},
    }),
    check: (a) => (a.arrangements.length === 20 ? null : `expected 20 arrangements, got ${a.arrangements.length}`),
  },
  {
    name: 'Q3',
    title: '10 providers × first 5 arrangements × first 3 reports',
    paginated: true,
    levels: 3,
    ours: () => ({ query: `query Q3 { ${providerTree(true, false)} }`, variables: {} }),
    peer: () => ({ query: `query Q3 { ${providerTree(false, false)} }`, variables: {} }),
    check: (a) => checkTree(a, false),
  },
  {
    name: 'Q4',
    title: 'convenant, its parties, each provider’s first 5 arrangements',
    paginated: true,
    levels: 4,
    ours: (fx) => ({
      query: `query Q4($id: ID!) { convenant: node(id: $id) { ... on Convenant { id title status budgetCents startsOn endsOn
        parties { kind provider { id name arrangements(first: 5) { edges { node { id status productCategory plannedCostCents } } } } } } } }`,
      variables: { id: encodeGlobalId('Convenant', fx.convenantId) },
    }),
    peer: (fx) => ({
      query: `query Q4($id: BigInt!) { convenant: convenantByRowId(rowId: $id) { rowId title status budgetCents startsOn endsOn
        convenantPartiesByConvenantId(orderBy: [KIND_ASC, PRIMARY_KEY_ASC]) { edges { node { kind
          providerByProviderId { rowId name arrangementsByProviderId(first: 5, orderBy: PRIMARY_KEY_ASC) {
            edges { node { rowId status productCategory plannedCostCents } } } } } } } } }`,
      variables: { id: String(fx.convenantId) },
    }),
    check: (a) =>
      a.convenant?.parties?.length > 2 && a.convenant.parties.some((p) => p.provider?.arrangements?.length > 0)
        ? null
        : 'no convenant with parties and arrangements',
  },
  {
    name: 'Q5',
    title: 'Q3 with totalCount on arrangements and reports',
    paginated: true,
    levels: 5,
    ours: () => ({ query: `query Q5 { ${providerTree(true, true)} }`, variables: {} }),
    peer: () => ({ query: `query Q5 { ${providerTree(false, true)} }`, variables: {} }),
    check: (a) => checkTree(a, true),
  },
  {
    name: 'Q6',
    title: 'ACTIVE BEGELEIDING arrangements, first 20 by id',
    paginated: true,
    levels: 1,
    ours: () => ({
      query: `query Q6 { arrangements(first: 20, filter: { status: ACTIVE, productCategory: BEGELEIDING }) { edges { node { id ${ARRANGEMENT_SCALARS} } } } }`,
      variables: {},
    }),
    peer: () => ({
      query: `query Q6 { arrangements: allArrangements(first: 20, orderBy: PRIMARY_KEY_ASC, condition: { status: ACTIVE, productCategory: BEGELEIDING }) {
        edges { node { rowId ${ARRANGEMENT_SCALARS} } } } }`,
      variables: {},
    }),
    check: (a) =>
      a.arrangements.length > 0 && a.arrangements.every((x) => x.status === 'ACTIVE' && x.productCategory === 'BEGELEIDING')
        ? null
        : 'no ACTIVE BEGELEIDING arrangements',
  },
];

function checkTree(answer, counted) {
  const providers = answer.providers;
  if (providers.length !== 10) return `expected 10 providers, got ${providers.length}`;
  const lists = providers.map((p) => (counted ? p.arrangements?.items : p.arrangements));
  if (!lists.every((l) => Array.isArray(l) && l.length > 0)) return 'a provider without arrangements';
  const reports = lists.flat().map((a) => (counted ? a.reports?.items : a.reports));
  if (!reports.some((r) => r.length > 0)) return 'no reports at all';
  return null;
}

export function selectQueries(names) {
  if (!names) return QUERIES;
  const wanted = names.split(',').map((n) => n.trim().toUpperCase());
  const unknown = wanted.filter((n) => !QUERIES.some((q) => q.name === n));
  if (unknown.length > 0) throw new Error(`unknown queries: ${unknown.join(', ')} (known: ${QUERIES.map((q) => q.name).join(', ')})`);
  return QUERIES.filter((q) => wanted.includes(q.name));
}
