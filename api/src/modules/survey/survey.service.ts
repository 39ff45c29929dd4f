import { requireRole, type Viewer } from '../../shared/auth/viewer';
import { ForbiddenError } from '../../shared/errors/access-errors';
import { InputError } from '../../shared/errors/input-error';
import { ErrorCode, fail, ok, problem, type Outcome } from '../../shared/errors/problems';
import { decodeIdOf } from '../../shared/graphql/global-id';
import { RequestService } from '../../shared/request-service';
import type { Clock } from '../../clock';
import type { RequestDb } from '../../db/request-db';
import type { Pseudonymizer } from '../../shared/pseudonym';
import { ProductCategory } from '../arrangement/arrangement.entity';
import { Role } from '../user/user.entity';
import { computeResults, type ComputedResults, type TallyRow } from './survey.results';
import {
  CODE_GUESS_WINDOW_MINUTES,
  CODE_GUESSES_PER_ADDRESS,
  codeExpiresOn,
  cleanOpenAnswer,
  hashSurveyCode,
  issueProblem,
  maskText,
  newSurveyCode,
  normaliseSurveyCode,
  scoresOf,
  surveyCodeProblem,
  surveyPath,
  SURVEY_THRESHOLD,
  type IssueFacts,
  type SubmittedAnswer,
  type SurveyCodeState,
} from './survey.rules';

export interface IssuedCode {
  code: string;
  path: string;
  url: string | null;
  issuedOn: string;
  expiresOn: string;
}

export interface ListedCode {
  issuedOn: string;
  expiresOn: string;
  used: boolean;
  expired: boolean;
}

export interface CodeCount {
  providerId: number;
  issued: number;
  used: number;
  responseRate: number | null;
}

export interface Results extends ComputedResults {
  year: number;
  final: boolean;
  threshold: number;
  codes: CodeCount[] | null;
}

export interface OpenAnswer {
  id: string;
  providerId: number;
  year: number;
  text: string;
  maskedText: string | null;
  quoted: boolean;
}

const NO_ARRANGEMENT = problem(ErrorCode.NOT_FOUND, 'No arrangement with this id.', 'arrangementId');
const NO_ANSWER = problem(ErrorCode.NOT_FOUND, 'No open answer with this id.', 'answerId');
const CATEGORY_ORDER = Object.values(ProductCategory);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A year argument: the survey's years, or a clear error naming the argument. */
function yearOf(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new InputError('"year" must be a year from 2000 to 2100.', 'year');
  return year;
}

/**
 * The client experience survey: representatives issue one-time codes, residents answer without signing in, the
 * regisseur, analysts and representatives read the results (suppressed below the threshold) and the regisseur the open
 * answers. The code's use and the answer are written by one definer function, so no request can join them.
 */
export class SurveyService extends RequestService {
  constructor(
    db: RequestDb,
    clock: Clock,
    private readonly publicUrl: string,
    private readonly pseudonymize: Pseudonymizer,
  ) {
    super(db, clock);
  }

  /** A representative issues a code for one of their provider's arrangements: returned once, stored as its hash. */
  async issue(viewerOrNull: Viewer | null, arrangementGlobalId: string): Promise<Outcome<IssuedCode>> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const id = decodeIdOf('Arrangement', arrangementGlobalId);
    if (id === null) return fail(NO_ARRANGEMENT);
    const code = newSurveyCode();
    return this.db.transaction(async (tx) => {
      // One issuer at a time per arrangement, so that two clicks cannot both pass the twelve-month rule.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('survey_code'), $1::int)`, [id]);
      const today = this.clock.today();
      const [facts] = await tx.query<IssueFacts & { providerId: number }>(
        `SELECT a.status, a.ended_on::text AS "endedOn", a.provider_id AS "providerId",
                COALESCE((SELECT array_agg(s.issued_on::text) FROM survey_code s WHERE s.arrangement_id = a.id), '{}') AS "issuedOn"
           FROM arrangement a WHERE a.id = $1 AND a.municipality_id = $2 AND a.provider_id = $3`,
        [id, viewer.municipalityId, viewer.providerId],
      );
      if (facts === undefined) return fail(NO_ARRANGEMENT);
      const refused = issueProblem(facts, today);
      if (refused !== null) return fail(refused);
      const expiresOn = codeExpiresOn(today);
      await tx.query(
        `INSERT INTO survey_code (municipality_id, provider_id, arrangement_id, code_hash, issued_on, expires_on, issued_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [viewer.municipalityId, facts.providerId, id, hashSurveyCode(normaliseSurveyCode(code) ?? ''), today, expiresOn, viewer.userId],
      );
      const path = surveyPath(code);
      return ok({ code, path, url: this.publicUrl === '' ? null : this.publicUrl + path, issuedOn: today, expiresOn });
    });
  }

  /** The codes issued for an arrangement, newest first, without the codes: for its provider's representative. */
  async codes(viewerOrNull: Viewer | null, arrangementGlobalId: string): Promise<ListedCode[]> {
    const viewer = requireRole(viewerOrNull, Role.PROVIDER_REP);
    const id = decodeIdOf('Arrangement', arrangementGlobalId);
    if (id === null) throw new InputError('"arrangementId" is not an arrangement id.', 'arrangementId');
    return this.db.query<ListedCode>(
      `SELECT issued_on::text AS "issuedOn", expires_on::text AS "expiresOn", used, (NOT used AND $3::date >= expires_on) AS expired
         FROM survey_code WHERE arrangement_id = $1 AND provider_id = $2 ORDER BY issued_on DESC, id DESC`,
      [id, viewer.providerId, this.clock.today()],
    );
  }

  /** What the answering page shows for a code; wrong codes count against the caller's address. */
  async state(rawCode: string, address: string): Promise<{ state: SurveyCodeState | 'LIMITED'; expiresOn: string | null }> {
    const code = normaliseSurveyCode(rawCode);
    // A query that writes (the guess it counts): in a transaction of its own, as a query's own is read-only (and
    // on a standby, where queries are read, that one is on the primary).
    const [row] = await this.db.transaction((tx) =>
      tx.query<{ state: SurveyCodeState | 'LIMITED'; expiresOn: string | null }>(
        `SELECT state, expires_on::text AS "expiresOn" FROM app_survey_code_state($1, $2, $3, $4, $5)`,
        [
          hashSurveyCode(code ?? `invalid:${rawCode}`),
          this.addressHash(address),
          CODE_GUESSES_PER_ADDRESS,
          CODE_GUESS_WINDOW_MINUTES,
          this.clock.today(),
        ],
      ),
    );
    const state = row?.state ?? 'UNKNOWN';
    return { state, expiresOn: state === 'VALID' ? (row?.expiresOn ?? null) : null };
  }

  /** Stores a resident's answers with a code, once; refused with nothing stored when the code is used, expired or unknown. */
  async submit(rawCode: string, answers: readonly SubmittedAnswer[], openAnswer: string | null, address: string): Promise<Outcome<true>> {
    const checked = scoresOf(answers, openAnswer);
    if ('problems' in checked) return fail(...checked.problems);
    const code = normaliseSurveyCode(rawCode);
    const [row] = await this.db.transaction((tx) =>
      tx.query<{ outcome: SurveyCodeState | 'LIMITED' | 'OK' }>(`SELECT app_survey_submit($1, $2, $3, $4, $5::smallint[], $6, $7) AS outcome`, [
        hashSurveyCode(code ?? `invalid:${rawCode}`),
        this.addressHash(address),
        CODE_GUESSES_PER_ADDRESS,
        CODE_GUESS_WINDOW_MINUTES,
        checked.scores,
        cleanOpenAnswer(openAnswer),
        this.clock.today(),
      ]),
    );
    const outcome = row?.outcome ?? 'UNKNOWN';
    if (outcome === 'OK') return ok(true);
    return fail(surveyCodeProblem(outcome) ?? problem(ErrorCode.INVALID_STATE, 'This survey code cannot be used.', 'input.code'));
  }

  /** The year's results, suppressed for everyone alike; a representative gets their own provider's only. */
  async results(viewerOrNull: Viewer | null, rawYear: number, providerGlobalId: string | null): Promise<Results> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR, Role.ANALYST, Role.PROVIDER_REP);
    const year = yearOf(rawYear);
    const providerId = this.providerFilter(viewer, providerGlobalId);
    // A running year changes with every answer: comparing two days would give one resident's answer, and a representative
    // knows whose code was used. So only the regisseur sees it; everyone else a year once it has ended.
    const final = year < Number(this.clock.today().slice(0, 4));
    const rows =
      final || viewer.role === Role.REGISSEUR
        ? await this.db.query<TallyRow>(
            `SELECT provider_id AS "providerId", product_category AS "productCategory", question, responses, answered, agreeing FROM app_survey_tally($1)`,
            [year],
          )
        : [];
    // One pattern over all providers: a filter only picks rows of it, so that two views cannot be subtracted.
    const computed = computeResults(rows, SURVEY_THRESHOLD);
    const byProvider = computed.byProvider
      .filter((c) => providerId === null || c.providerId === providerId)
      .sort((a, b) => (a.providerId ?? 0) - (b.providerId ?? 0));
    const order = (c: { productCategory: ProductCategory | null }) => (c.productCategory === null ? -1 : CATEGORY_ORDER.indexOf(c.productCategory));
    const byCategory = computed.byCategory.sort((a, b) => order(a) - order(b));
    const codes = viewer.role === Role.REGISSEUR ? await this.codeCounts(viewer, year, providerId) : null;
    return { ...computed, byProvider, byCategory, year, final, threshold: SURVEY_THRESHOLD, codes };
  }

  /** The regisseur's open answers of a year (and provider): the newest are in no order, the ids being random. */
  async openAnswers(viewerOrNull: Viewer | null, rawYear: number, providerGlobalId: string | null): Promise<OpenAnswer[]> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    const year = yearOf(rawYear);
    const providerId = this.providerFilter(viewer, providerGlobalId);
    return this.db.query<OpenAnswer>(
      `SELECT id::text, provider_id AS "providerId", year, open_text AS text, masked_text AS "maskedText", quoted
         FROM survey_answer WHERE municipality_id = $1 AND year = $2 AND open_text IS NOT NULL AND ($3::bigint IS NULL OR provider_id = $3)
        ORDER BY provider_id, open_text`,
      [viewer.municipalityId, year, providerId],
    );
  }

  /** The regisseur masks phrases of an open answer and marks it as a quote (or not); the original stays as given. */
  async mask(viewerOrNull: Viewer | null, answerId: string, phrases: readonly string[], quote: boolean): Promise<Outcome<OpenAnswer>> {
    const viewer = requireRole(viewerOrNull, Role.REGISSEUR);
    if (!UUID.test(answerId)) return fail(NO_ANSWER);
    return this.db.transaction(async (tx) => {
      const [answer] = await tx.query<{ text: string | null }>(
        `SELECT open_text AS text FROM survey_answer WHERE id = $1 AND municipality_id = $2 FOR UPDATE`,
        [answerId, viewer.municipalityId],
      );
      if (answer?.text === null || answer === undefined) return fail(NO_ANSWER);
      const masked = maskText(answer.text, phrases);
      if ('problems' in masked) return fail(...masked.problems);
      const [row] = await tx.query<OpenAnswer>(
        `UPDATE survey_answer SET masked_text = $2, quoted = $3 WHERE id = $1
         RETURNING id::text, provider_id AS "providerId", year, open_text AS text, masked_text AS "maskedText", quoted`,
        [answerId, masked.masked, quote],
      );
      return row ? ok(row) : fail(NO_ANSWER);
    });
  }

  private async codeCounts(viewer: Viewer, year: number, providerId: number | null): Promise<CodeCount[]> {
    const rows = await this.db.query<{ providerId: number; issued: number; used: number }>(
      `SELECT provider_id AS "providerId", count(*)::int AS issued, count(*) FILTER (WHERE used)::int AS used
         FROM survey_code WHERE municipality_id = $1 AND issued_on >= make_date($2, 1, 1) AND issued_on < make_date($2 + 1, 1, 1)
          AND ($3::bigint IS NULL OR provider_id = $3)
        GROUP BY provider_id ORDER BY provider_id`,
      [viewer.municipalityId, year, providerId],
    );
    return rows.map((r) => ({ ...r, responseRate: r.issued === 0 ? null : r.used / r.issued }));
  }

  /** A provider argument; a representative's is always their own (another is refused). */
  private providerFilter(viewer: Viewer, providerGlobalId: string | null): number | null {
    let providerId: number | null = null;
    if (providerGlobalId) {
      providerId = decodeIdOf('Provider', providerGlobalId);
      if (providerId === null) throw new InputError('"providerId" is not a provider id.', 'providerId');
    }
    if (viewer.role !== Role.PROVIDER_REP) return providerId;
    if (providerId !== null && providerId !== viewer.providerId) throw new ForbiddenError('A representative sees their own provider only.');
    return viewer.providerId;
  }

  /** A keyed hash of the caller's address: the guessing limit counts by it, and the address itself is not kept. */
  private addressHash(address: string): Buffer {
    return Buffer.from(this.pseudonymize(0, `survey-code-guess\u0000${address}`), 'base64url');
  }
}
