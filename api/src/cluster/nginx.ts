import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { accepts, freePort, Service, systemBinary, waitUntil } from './processes';

export interface NginxOptions {
  /** Folder for its configuration, logs, pid and temp files (made if missing). */
  dir: string;
  /** The API processes' ports on 127.0.0.1. */
  upstreams: number[];
  port?: number;
}

/**
 * nginx in front of the API processes, round robin with passive health checks: a process that refuses a connection
 * or times out is skipped for `fail_timeout` and the request goes to the next one. POST (every GraphQL request) is
 * passed on to another process only when it never reached the first (connection refused: safe, nothing ran); nginx
 * never resends a POST that was sent (`non_idempotent` stays off), since a mutation may have run. Without keep-alive
 * connections to the upstreams a process that stops listening (graceful shutdown) is never sent a request on an old
 * connection it is about to close, which nginx could not resend. `X-Upstream` names the process that answered.
 */
export function nginxConf(options: { dir: string; port: number; upstreams: number[]; down?: readonly number[]; generation?: number }): string {
  const { dir, port, upstreams } = options;
  const down = new Set(options.down ?? []);
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log ${path.join(dir, 'access.log')} combined;
  client_body_temp_path ${path.join(dir, 'client_body')};
  proxy_temp_path ${path.join(dir, 'proxy')};
  fastcgi_temp_path ${path.join(dir, 'fastcgi')};
  uwsgi_temp_path ${path.join(dir, 'uwsgi')};
  scgi_temp_path ${path.join(dir, 'scgi')};
  client_max_body_size 50m;
  # No keep-alive towards clients: a reload (a process taken out of the rotation) ends the old workers, which close
  # their idle client connections, and a request a client sends on one at that moment fails. New connections are
  # taken over by the new workers without loss.
  keepalive_timeout 0;
  upstream regiekamer {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s${down.has(p) ? ' down' : ''};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    # Which configuration the workers run: a reload has taken effect once this answers the new number.
    location = /.nginx-generation { access_log off; return 200 "${options.generation ?? 0}"; }
    location / {
      proxy_pass http://regiekamer;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export interface Nginx {
  readonly port: number;
  readonly url: string;
  readonly service: Service;
  /**
   * Takes processes out of the rotation (or back): the configuration is rewritten and reloaded (SIGHUP; requests in
   * flight finish on the old workers). nginx has no active health checks, so a planned stop drains a process this way
   * before its SIGTERM: a connection accepted by the kernel just before the process closes its listener would be
   * reset after the request was sent, and nginx does not resend a POST.
   */
  setDown(ports: readonly number[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startNginx(options: NginxOptions): Promise<Nginx> {
  const port = options.port ?? (await freePort());
  await mkdir(options.dir, { recursive: true });
  const conf = path.join(options.dir, 'nginx.conf');
  let generation = 0;
  await writeFile(conf, nginxConf({ dir: options.dir, port, upstreams: options.upstreams, generation }));
  const service = Service.spawn('nginx', systemBinary('nginx'), ['-p', options.dir, '-c', conf, '-e', path.join(options.dir, 'error.log')]);
  service.proc.once('error', () => undefined);
  await waitUntil('nginx listening', async () => {
    if (!service.running) throw new Error(`nginx exited at start:\n${service.output}`);
    return accepts(port);
  }, 20000, () => service.output);
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    service,
    setDown: async (ports) => {
      generation++;
      const wanted = String(generation);
      await writeFile(conf, nginxConf({ dir: options.dir, port, upstreams: options.upstreams, down: ports, generation }));
      service.proc.kill('SIGHUP');
      await waitUntil('nginx reloaded', async () => (await generationServed(port)) === wanted, 20000, () => service.output);
    },
    // SIGQUIT: graceful; SIGTERM: fast. The cluster stops it first, so fast is right.
    stop: async () => {
      await service.stop('SIGTERM', 10000);
    },
  };
}

async function generationServed(port: number): Promise<string | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/.nginx-generation`, { signal: AbortSignal.timeout(2000) });
    return await res.text();
  } catch {
    return null;
  }
}
