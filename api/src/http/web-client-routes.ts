import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { webClientHeaders } from './security-headers';

/** The built web client at /: its files, and its index.html for any other path that is not the API's. */
export function webClientRoutes(app: Express, webDistDir: string): void {
  const indexHtml = path.join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Regiekamer API. The web client is not built: run `npm run build`.');
    });
    return;
  }
  app.use(webClientHeaders());
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|readyz|export\/).*/, (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
