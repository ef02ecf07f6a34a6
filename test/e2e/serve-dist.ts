import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import WORKER_CSP from '../../addin/portfolio/worker-csp.json';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A script the tests add beside the build, served with the portfolio worker's policy or without. */
export interface ExtraScript {
  body: string;
  workerPolicy: boolean;
}

async function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A static server for the built add-in on 127.0.0.1 and a free port. */
export async function serveDir(
  root: string,
  extra: Record<string, ExtraScript> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const policy = { 'Content-Security-Policy': WORKER_CSP.policy };
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const script = extra[path];
    if (script) {
      res.writeHead(200, { 'Content-Type': TYPES['.js']!, ...(script.workerPolicy ? policy : {}) });
      res.end(script.body);
      return;
    }
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    // As a host must serve it (README): the portfolio worker under its own policy.
    const worker = /[\\/]portfolio-worker\.[^/\\]*\.js$/.test(file) ? policy : {};
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...worker });
    createReadStream(file).pipe(res);
  });
  return listen(server);
}

/**
 * Another origin that answers everything (CORS allowed, a script for imports) and keeps the path
 * of every request that reached it: what a worker sending data away would hit.
 */
export async function recordingServer(): Promise<{
  url: string;
  hits: string[];
  close: () => Promise<void>;
}> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': TYPES['.js']!, 'Access-Control-Allow-Origin': '*' });
    res.end('export {};');
  });
  return { ...(await listen(server)), hits };
}

/** One header of what the server answers for `url` (no connection kept open). */
export function responseHeader(url: string, name: string): Promise<string | undefined> {
  return new Promise((resolve, reject) =>
    get(url, { agent: false }, (res) => {
      res.resume();
      const value = res.headers[name.toLowerCase()];
      resolve(Array.isArray(value) ? value.join(', ') : value);
    }).on('error', reject),
  );
}
