import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export type RunningNginx = {
  base: string;
  /** What CACHE_PURGE_URLS lists for this nginx. */
  purgeBase: string;
  dir: string;
  stop: () => Promise<void>;
  /** Tells nginx to quit without waiting (a process's exit handler). */
  kill: () => void;
  errors: () => string;
};

/**
 * deploy/nginx/pressline.conf as shipped, with only its machine-specific parts moved: loopback ports instead of
 * TLS on 443 (no redirect server), temporary folders instead of /var, this checkout's age.js. Run as a plain
 * process in the foreground, not the system service.
 */
export function templatedConf(
  conf: string,
  o: { port: number; purgePort: number; appPorts: number[]; cacheDir: string; dataDir: string },
) {
  const upstream = o.appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n');
  const out = conf
    .replace(/# redirect-begin[\s\S]*?# redirect-end/, '')
    .replace(/# listen-begin[\s\S]*?# listen-end/, `listen 127.0.0.1:${o.port};`)
    .replace(/# purge-listen-begin[\s\S]*?# purge-listen-end/, `listen 127.0.0.1:${o.purgePort};`)
    .replace(/( {4}server 127\.0\.0\.1:300\d [^\n]*\n)+/, `${upstream}\n`)
    .replaceAll('/etc/nginx/pressline/age.js', path.join(ROOT, 'deploy/nginx/age.js'))
    .replaceAll('/var/cache/nginx/pressline', o.cacheDir)
    .replaceAll('/var/lib/pressline', o.dataDir);
  for (const gone of ['listen 443', '/var/', '127.0.0.1:3001', '127.0.0.1:8080', '/etc/letsencrypt']) {
    if (out.includes(gone)) throw new Error(`deploy/nginx/pressline.conf changed shape: "${gone}" is still there`);
  }
  return out;
}

/** `extraServers`: more server blocks in the same nginx (the benchmark's static file). */
export async function startNginx(o: {
  port: number;
  /** The purge server's port; `port + 1` unless given. */
  purgePort?: number;
  appPorts: number[];
  dataDir: string;
  dir: string;
  extraServers?: string;
  /** More dynamic modules to load, by file name in /usr/lib/nginx/modules */
  modules?: string[];
  /** Changes the templated pressline.conf (the benchmark's purge variant) */
  variant?: (conf: string) => string;
}): Promise<RunningNginx> {
  const purgePort = o.purgePort ?? o.port + 1;
  fs.rmSync(o.dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(o.dir, 'cache'), { recursive: true });
  const conf = fs.readFileSync(path.join(ROOT, 'deploy/nginx/pressline.conf'), 'utf8');
  fs.writeFileSync(
    path.join(o.dir, 'pressline.conf'),
    (o.variant ?? ((c: string) => c))(templatedConf(conf, { ...o, purgePort, cacheDir: path.join(o.dir, 'cache') })),
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${path.join(o.dir, name)};`)
    .join('\n  ');
  fs.writeFileSync(
    path.join(o.dir, 'nginx.conf'),
    `daemon off;
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${path.join(o.dir, 'nginx.pid')};
error_log ${path.join(o.dir, 'error.log')} warn;
load_module /usr/lib/nginx/modules/ngx_http_js_module.so;
load_module /usr/lib/nginx/modules/ngx_http_cache_purge_module.so;
${(o.modules ?? []).map((m) => `load_module /usr/lib/nginx/modules/${m};`).join('\n')}
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${temp}
  include ${path.join(o.dir, 'pressline.conf')};
  ${o.extraServers ?? ''}
}
`,
  );
  const child: ChildProcess = spawn('nginx', ['-p', o.dir, '-c', path.join(o.dir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${o.port}`;
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(`${base}/about`).then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 10 s: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const errors = () => output + fs.readFileSync(path.join(o.dir, 'error.log'), 'utf8');
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGQUIT');
    await exited;
  };
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGQUIT');
  };
  return { base, purgeBase: `http://127.0.0.1:${purgePort}/purge`, dir: o.dir, stop, kill, errors };
}
