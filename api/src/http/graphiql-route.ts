import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { graphiqlHeaders } from './security-headers';

/** GraphiQL at /graphiql, from the web client's build, with the headers its editor needs (security-headers.ts). */
export function graphiqlRoute(app: Express, webDistDir: string): void {
  const graphiqlHtml = path.join(webDistDir, 'graphiql.html');
  if (!existsSync(graphiqlHtml)) return;
  app.get('/graphiql', graphiqlHeaders(), (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(graphiqlHtml);
  });
}
