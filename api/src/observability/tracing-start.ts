import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot, tracingConfig } from '../config';
import { startTracing, type Tracing } from './tracing';

/**
 * Imported first by main.ts, before any module that traces instrument (http, express, graphql, pg) is loaded: starts
 * the traces when the OTEL_* variables ask for them. A wrong setting is left to loadConfig, which names it.
 */
function start(): Tracing | null {
  let config;
  try {
    config = tracingConfig();
  } catch {
    return null;
  }
  if (config === null) return null;
  const manifest = JSON.parse(readFileSync(path.join(findRepoRoot(), 'api', 'package.json'), 'utf8')) as { version?: unknown };
  return startTracing(config, typeof manifest.version === 'string' ? manifest.version : 'unknown');
}

export const tracing: Tracing | null = start();
