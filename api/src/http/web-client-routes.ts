import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { graphiqlHeaders, webClientHeaders } from './security-headers';

/** The built web client at / (any other path not of the API gets its index.html) and GraphiQL at /graphiql. */
export function webClientRoutes(app: Express, webDistDir: string): void {
  const indexHtml = path.join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Regiekamer API. The web client is not built: run `npm run build`.');
    });
    return;
  }
  const graphiqlHtml = path.join(webDistDir, 'graphiql.html');
  app.get('/graphiql', graphiqlHeaders(), (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(graphiqlHtml);
  });
  app.use(webClientHeaders());
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|readyz|export\/).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
