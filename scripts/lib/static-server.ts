// Serves the demo page, the project's hostile pages and the real pages in ../shared on 127.0.0.1,
// for e2e tests, benchmarks and `npm start`. Nothing here is reachable from outside the machine.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { repoRoot, sharedDir } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

/** A page whose name ends in .csp.html is served with a strict Content-Security-Policy header. */
const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'";

export interface StaticServer {
  origin: string;
  /** Another origin on the same server (localhost vs 127.0.0.1), for cross-origin iframes. */
  otherOrigin: string;
  close(): Promise<void>;
}

/** Served besides the project's own pages: URL prefix ("/sweep/") → folder (`npm run sweep`'s unseen pages). */
export type ExtraRoutes = Readonly<Record<string, string>>;

function resolveRoute(urlPath: string, extra: ExtraRoutes): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const route = (prefix: string, dir: string, index = 'index.html') => {
    if (!clean.startsWith(prefix)) return null;
    const rest = clean.slice(prefix.length) || index;
    const file = path.resolve(dir, rest.endsWith('/') ? rest + index : rest);
    return file.startsWith(path.resolve(dir) + path.sep) ? file : null;
  };
  const page = /^\/pages\/([a-z0-9-]+)\/?$/.exec(clean);
  if (page) return path.join(sharedDir, 'pages', page[1]!, 'source.html');
  return route('/demo/', path.join(repoRoot, 'test', 'fixtures', 'demo'))
    ?? route('/hostile/', path.join(repoRoot, 'test', 'fixtures', 'hostile'))
    ?? Object.entries(extra).reduce<string | null>((found, [prefix, dir]) => found ?? route(prefix, dir), null);
}

export async function startStaticServer(port = 0, extra: ExtraRoutes = {}): Promise<StaticServer> {
  const server = http.createServer(async (req, res) => {
    const file = resolveRoute(req.url ?? '/', extra);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await fs.readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (file.endsWith('.csp.html')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    otherOrigin: `http://localhost:${actual}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
