// Starts our API and the PostGraphile peer as child processes on loopback, and reads their peak memory.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.mjs';
import { repoRoot } from './cluster.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const START_TIMEOUT_MS = 90_000;
const BENCH_JWT_SECRET = 'bench-only-secret-0123456789abcdef0123456789';

/** Every child we started, so that cleanup (also on Ctrl-C) can stop them. */
export const children = new Set();

export async function startOurs({ databaseUrl, poolSize, dataDir, email = 'regisseur@gemeente.example' }) {
  const port = await freePort();
  const server = await startProcess({
    name: 'ours',
    command: process.execPath,
    args: [path.join(repoRoot, 'api/dist/api/src/main.js')],
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_POOL_SIZE: String(poolSize),
      JWT_SECRET: BENCH_JWT_SECRET,
      PSEUDONYM_SECRET: 'bench-only-pseudonyms-0123456789abcdef012345',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      NODE_ENV: 'production', // production behaviour: no introspection, no field suggestions
      // The benchmark signs in by password to measure queries; production would ask the regisseur for a second factor.
      REQUIRE_MFA: 'false',
    },
    // At LOG_LEVEL=warn the "regiekamer started" line is not written: /readyz tells when it is up.
    ready: /regiekamer started/,
    readyUrl: `http://127.0.0.1:${port}/readyz`,
    port,
  });
  server.headers = await signIn(server, email);
  return server;
}

/** Headers with a bearer token of the demo user `email` (password `regiekamer-demo`). */
export async function signIn(server, email) {
  const login = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($email: String!) { login(input: { email: $email, password: "regiekamer-demo" }) { token userErrors { code message } } }',
      variables: { email },
    }),
  }).then((r) => r.json());
  const token = login?.data?.login?.token;
  if (!token) throw new Error(`login as ${email} failed: ${JSON.stringify(login)}`);
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/** The limit (limit-server.mjs): our API's SQL for Q1–Q4 without GraphQL; it checks our API's tokens. */
export async function startLimit({ databaseUrl, poolSize }) {
  const port = await freePort();
  return startProcess({
    name: 'limit',
    command: process.execPath,
    args: [path.join(here, 'limit-server.mjs')],
    env: { DATABASE_URL: databaseUrl, PORT: String(port), DB_POOL_SIZE: String(poolSize), JWT_SECRET: BENCH_JWT_SECRET, NODE_ENV: 'production' },
    ready: /limit started/,
    port,
  });
}

/**
 * `representative` ({ userId, providerId }): whom the peer writes as, for requests marked `x-bench-actor:
 * representative` (see peer-server.mjs); the handle's writeHeaders mark them.
 */
export async function startPeer({ databaseUrl, poolSize, municipalityId, representative }) {
  const port = await freePort();
  const server = await startProcess({
    name: 'peer',
    command: process.execPath,
    args: [path.join(here, 'peer-server.mjs')],
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DB_POOL_SIZE: String(poolSize),
      MUNICIPALITY_ID: String(municipalityId),
      REP_USER_ID: String(representative.userId),
      REP_PROVIDER_ID: String(representative.providerId),
      // The planner setting our API's connections start with (api/src/db/database.ts), so that both plan alike:
      // with PostgreSQL's default the peer's nested pages walk the primary key just as ours did.
      PGOPTIONS: '-c random_page_cost=1.1',
      NODE_ENV: 'production',
    },
    ready: /postgraphile started/,
    port,
  });
  server.headers = { 'content-type': 'application/json' };
  server.writeHeaders = { 'content-type': 'application/json', 'x-bench-actor': 'representative' };
  server.write = { municipalityId, ...representative };
  return server;
}

function startProcess({ name, command, args, env, ready, readyUrl, port }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: here,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    let up = false;
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const markUp = () => {
      if (up) return;
      up = true;
      clearTimeout(timer);
      resolve(makeHandle(name, child, port));
    };
    const fail = (error) => {
      if (up) return;
      up = true;
      clearTimeout(timer);
      child.stopping = true;
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- ${name} output ---\n${output.slice(-4000)}`));
    };
    const onData = (chunk) => {
      output = (output + chunk).slice(-20_000);
      if (ready.test(output)) markUp();
    };
    const poll = async () => {
      while (!up) {
        const status = await fetch(readyUrl).then((r) => r.status, () => 0);
        if (status === 200) markUp();
        else await new Promise((r) => setTimeout(r, 200));
      }
    };
    if (readyUrl) void poll();
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (!up) fail(new Error(`${name} exited before it was up (${signal ?? code})`));
      else if (!child.stopping) process.stderr.write(`\n${name} exited unexpectedly (${signal ?? code}):\n${output.slice(-4000)}\n`);
    });
  });
}

function makeHandle(name, child, port) {
  const statusFile = `/proc/${child.pid}/status`;
  return {
    name,
    pid: child.pid,
    url: `http://127.0.0.1:${port}/graphql`,
    headers: {},
    alive: () => child.exitCode === null && child.signalCode === null,
    /** Peak resident set (VmHWM) in MiB since start or since the last resetPeak(). */
    async peakRssMiB() {
      const status = await readFile(statusFile, 'utf8');
      const kib = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
      return Math.round((kib / 1024) * 10) / 10;
    },
    /** CPU time (user + system) the process has used, in seconds; Linux counts it in ticks of 1/100 s. */
    async cpuSeconds() {
      const stat = await readFile(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    /** Resets VmHWM (Linux: 5 > clear_refs), so that the peak is per query; false when not permitted. */
    async resetPeak() {
      try {
        await writeFile(`/proc/${child.pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    stop: () => stopChild(child),
  };
}

export function stopChild(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.stopping = true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
