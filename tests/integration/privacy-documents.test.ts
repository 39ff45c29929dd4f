import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The privacy officer's documents point to real code and real tests: every path that the DPIA, the processing
 * register and the retention schedule cite exists, every test file they cite holds tests, every measure of the DPIA
 * cites at least one, the DPIA has the four parts of the Model DPIA Rijksdienst, and the README links the documents.
 */
const repo = path.join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(repo, file), 'utf8');
const DOCUMENTS = ['docs/dpia.md', 'docs/processing-register.md', 'docs/retention.md'].filter(
  (doc) => doc !== 'docs/retention.md' || existsSync(path.join(repo, doc)),
);

/** The repository paths a document names in backticks, e.g. `tests/integration/retention.test.ts`. */
function citedPaths(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/`((?:api|web|tests|migrations|packages|seeds|ops|docs|\.ci)\/[^`\s]*)`/g)].map((m) => m[1] ?? ''))];
}

/** The documents a document links to relatively, e.g. [retention.md](retention.md). */
function linkedDocuments(doc: string, markdown: string): string[] {
  return [...markdown.matchAll(/\]\((?!https?:|#)([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => path.join(path.dirname(doc), m[1] ?? ''));
}

const isTestFile = (p: string): boolean => /\.test\.tsx?$/.test(p);
const holdsTests = (source: string): boolean => /\b(?:it|test)(?:\.each)?\s*[(`]/.test(source);

it('the DPIA and the processing register exist', () => {
  expect(DOCUMENTS).toEqual(expect.arrayContaining(['docs/dpia.md', 'docs/processing-register.md']));
});

describe.each(DOCUMENTS)('%s', (doc) => {
  const text = read(doc);

  it('cites code and tests', () => {
    expect(citedPaths(text).filter(isTestFile).length).toBeGreaterThan(0);
  });

  it('cites only paths that exist', () => {
    expect(citedPaths(text).filter((p) => !existsSync(path.join(repo, p)))).toEqual([]);
  });

  it('cites only test files that hold at least one test', () => {
    const empty = citedPaths(text)
      .filter(isTestFile)
      .filter((p) => existsSync(path.join(repo, p)) && !holdsTests(read(p)));
    expect(empty).toEqual([]);
  });

  it('links only to documents that exist', () => {
    expect(linkedDocuments(doc, text).filter((p) => !existsSync(path.join(repo, p)))).toEqual([]);
  });
});

describe('the DPIA', () => {
  const dpia = read('docs/dpia.md');

  it('has the four parts of the Model DPIA Rijksdienst: description, lawfulness, risks, measures', () => {
    expect(dpia.match(/^## Part [A-D]\b.*$/gm)?.map((h) => h.slice(0, 11))).toEqual(['## Part A: ', '## Part B: ', '## Part C: ', '## Part D: ']);
  });

  it('points each measure to the code or the test that implements it', () => {
    const measures = (dpia.split(/^## Part D\b/m)[1] ?? '').split(/^### /m).slice(1);
    expect(measures.length).toBeGreaterThanOrEqual(10);
    for (const measure of measures) {
      const cited = citedPaths(measure).filter((p) => existsSync(path.join(repo, p)) && statSync(path.join(repo, p)).isFile());
      expect({ measure: measure.split('\n')[0], cites: cited.length > 0 }).toEqual({ measure: measure.split('\n')[0], cites: true });
    }
  });
});

it('the README links the documents', () => {
  const readme = read('README.md');
  for (const doc of DOCUMENTS) expect(readme).toContain(`](${doc})`);
});
