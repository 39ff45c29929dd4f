import { UPLOAD_TEXTS } from '@regiekamer/texts';
import { requestErrorText } from '../../lib/errors';

/** An answer of the upload routes: the value, or the Dutch texts of what was refused. */
export type UploadAnswer<T> = { ok: true; value: T; status: number } | { ok: false; messages: string[]; status: number };

interface ErrorBody {
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** As apollo.ts sends it: the request is the web client's (a cookie request another site could not make with it). Not imported from there, so that the first page's chunks stay as they are. */
const SESSION_HEADERS = { 'regiekamer-session': 'cookie' } as const;

const TECHNICAL = UPLOAD_TEXTS.technical;

/**
 * POSTs a form with a file to one of the server's upload routes (signed in by the session's cookie, with the header that
 * shows the request is the web client's) and reads the JSON answer; a refusal as its Dutch text from the catalogue.
 * `accept` says which statuses carry a value (the import answers 422 with its lines).
 */
export async function postForm<T>(url: string, form: FormData, accept: (status: number) => boolean = (s) => s < 300): Promise<UploadAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin', headers: SESSION_HEADERS });
  } catch {
    return { ok: false, messages: [TECHNICAL], status: 0 };
  }
  const body = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (accept(response.status) && body.errors === undefined) return { ok: true, value: body, status: response.status };
  const messages = (body.errors ?? []).map((e) => requestErrorText(e));
  return { ok: false, messages: messages.length > 0 ? messages : [TECHNICAL], status: response.status };
}
