// The comparison behind check-changes.mjs, as a table: old schema, new schema, changelog → what fails and what is reported.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coordinateOf, schemaChanges } from './changes.mjs';

const OLD = `
type Query { arrangement(id: ID!): Arrangement, arrangements(first: Int): [Arrangement!]! }
type Arrangement { id: ID!, status: Status!, costCents: Int }
enum Status { ACTIVE ENDED }
`;
/** @param {...string} bullets */
const changelog = (...bullets) => `# Changelog\n\n## [Unreleased]\n\n### Removed\n${bullets.map((b) => `- ${b}`).join('\n')}\n\n## [0.1.0]\n\n- \`Arrangement.costCents\` as it was\n`;

const cases = [
  {
    rule: 'a removed field fails',
    newSdl: OLD.replace(', costCents: Int', ''),
    changelog: changelog(),
    ok: false,
    breaking: ['Arrangement.costCents'],
    dangerous: [],
  },
  {
    rule: 'a removed field listed in the Unreleased section passes',
    newSdl: OLD.replace(', costCents: Int', ''),
    changelog: changelog('`Arrangement.costCents`: removed, use `Arrangement.cost` (deprecated since 0.1.0).'),
    ok: true,
    breaking: ['Arrangement.costCents'],
    dangerous: [],
  },
  {
    rule: 'a removed field named only in a released section fails',
    newSdl: OLD.replace(', costCents: Int', ''),
    changelog: changelog('something else'),
    ok: false,
    breaking: ['Arrangement.costCents'],
    dangerous: [],
  },
  {
    rule: 'an added field passes and reports nothing',
    newSdl: OLD.replace('costCents: Int', 'costCents: Int, note: String'),
    changelog: changelog(),
    ok: true,
    breaking: [],
    dangerous: [],
  },
  {
    rule: 'a dangerous change (an added enum value) is reported only',
    newSdl: OLD.replace('ACTIVE ENDED', 'ACTIVE ENDED PAUSED'),
    changelog: changelog(),
    ok: true,
    breaking: [],
    dangerous: ['Status.PAUSED'],
  },
  {
    rule: 'a removed argument is named by its coordinate',
    newSdl: OLD.replace('arrangements(first: Int)', 'arrangements'),
    changelog: changelog(),
    ok: false,
    breaking: ['Query.arrangements(first:)'],
    dangerous: [],
  },
  {
    rule: 'the same schema reports nothing',
    newSdl: OLD,
    changelog: '',
    ok: true,
    breaking: [],
    dangerous: [],
  },
];

describe('schemaChanges', () => {
  for (const c of cases) {
    it(c.rule, () => {
      const result = schemaChanges(OLD, c.newSdl, c.changelog);
      assert.equal(result.ok, c.ok);
      assert.deepEqual(result.breaking.map((b) => b.coordinate), c.breaking);
      assert.deepEqual(result.dangerous.map((d) => d.coordinate), c.dangerous);
    });
  }
});

describe('coordinateOf', () => {
  /** @type {Array<[string, string]>} */
  const table = [
    ['Query.arrangement was removed.', 'Query.arrangement'],
    ['Arrangement was removed.', 'Arrangement'],
    ['Arrangement.status changed type from Status! to String!.', 'Arrangement.status'],
    ['Query.arrangements arg first was removed.', 'Query.arrangements(first:)'],
    ['A required arg first on Query.arrangements was added.', 'Query.arrangements(first:)'],
    ['A required field note on input type ReportInput was added.', 'ReportInput.note'],
    ['ENDED was removed from enum type Status.', 'Status.ENDED'],
    ['Report was removed from union type Entry.', 'Entry'],
    ['Arrangement no longer implements interface Node.', 'Arrangement'],
    ['reason was removed from deprecated.', '@deprecated'],
  ];
  for (const [description, coordinate] of table) {
    it(`${description} → ${coordinate}`, () => assert.equal(coordinateOf(description), coordinate));
  }
});
