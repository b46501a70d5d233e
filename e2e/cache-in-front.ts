/**
 * The e2e run with the cache in front (`npm run test:e2e:cache-in-front`, playwright.config.ts): nginx with
 * deploy/nginx/pressline.conf as shipped (tests/deploy/nginx.ts) between the browser and the e2e server, the
 * way production runs it (deploy/README.md). Started by Playwright as a web server; stops nginx when stopped.
 *
 * One change to the configuration: the specs stand for many journalists on one machine, each sending its own
 * X-Forwarded-For, so nginx takes the client's address from that header (realip, from 127.0.0.1 only) as it
 * would behind a CDN. Without it, every spec would be 127.0.0.1 to the app and share one rate-limit bucket.
 */
import path from 'node:path';
import { startNginx } from '../tests/deploy/nginx';

const portOf = (name: string) => {
  const value = Number(process.env[name]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a port number`);
  return value;
};
const port = portOf('CACHE_PORT');
const purgePort = portOf('CACHE_PURGE_PORT');
const appPort = portOf('APP_PORT');

const trustTheSpecsAddress = (conf: string) => {
  const marker = '    client_max_body_size 4m;\n';
  if (!conf.includes(marker)) throw new Error('deploy/nginx/pressline.conf changed shape: no client_max_body_size');
  return conf.replace(marker, `${marker}    set_real_ip_from 127.0.0.1;\n    real_ip_header X-Forwarded-For;\n`);
};

const nginx = await startNginx({
  port,
  purgePort,
  appPorts: [appPort],
  // Where the app writes offline-desks.html: beside the e2e database (playwright.config.ts, E2E_DB).
  dataDir: path.resolve(process.env.DATA_DIR ?? 'tmp/e2e'),
  dir: path.resolve('tmp/e2e-nginx'),
  variant: trustTheSpecsAddress,
});
process.stdout.write(`nginx in front on ${nginx.base}, purges at ${nginx.purgeBase}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void nginx.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
