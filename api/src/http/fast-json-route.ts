import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../shared/logger';
import { sendFault } from './errors';
import type { AnswerGraphQL } from './graphql-route';
import { isPlainJsonPost, jsonError, parseJsonBody, readBody, requestIdOf } from './json-body';

/**
 * The common GraphQL request, a POST /graphql of plain JSON with its length given, answered without express: its
 * router, body parser and response helpers were half of a small query's CPU. It reads and parses the body as
 * express.json() would, works out the client's address as express would, and answers the same.
 */
export function takesFastJsonRoute(req: IncomingMessage): boolean {
  return req.method === 'POST' && req.url === '/graphql' && isPlainJsonPost(req);
}

export function fastJsonRoute(
  answer: AnswerGraphQL,
  clientAddressOf: (req: IncomingMessage) => string,
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    try {
      const body = parseJsonBody(await readBody(req));
      if (!body.ok) {
        jsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        return;
      }
      await answer(req, res, body.value, requestId, clientAddressOf(req));
    } catch (error) {
      // A client that went away mid-request is nobody's error.
      if (req.destroyed || res.destroyed) return;
      if (res.headersSent) res.destroy();
      else sendFault(res, requestId, error, logger);
    }
  };
}
