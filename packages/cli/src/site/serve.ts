// `docket site serve`: builds the site, serves it on 127.0.0.1, rebuilds when a record changes and
// tells open pages to reload through server-sent events (`/__docket/events`).
import { type FSWatcher, watch } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../context.js';
import { type BuildResult, type BuildSiteOptions, buildSite } from './build.js';

const HOST = '127.0.0.1';
export const EVENTS_PATH = '/__docket/events';
/** Changes closer together than this make one rebuild (editors write a file in several steps). */
const DEBOUNCE_MS = 120;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions extends Omit<BuildSiteOptions, 'out' | 'liveReload'> {
  /** Where the site is built; a temporary folder, removed on exit, when not given. */
  out?: string;
  port: number;
  signal?: AbortSignal;
  log: (line: string) => void;
  warn: (line: string) => void;
}

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolvePromise();
    });
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      throw new UsageError(
        `port ${port} on ${HOST} is in use; stop what uses it or pass --port with another port`,
      );
    }
    if (error.code === 'EACCES') {
      throw new UsageError(
        `port ${port} on ${HOST} needs privileges docket does not have; pass --port with a port above 1023`,
      );
    }
    throw error;
  });
  const address = server.address();
  return typeof address === 'object' && address ? address.port : port;
}

/** Serves files under `root`; a request can never read outside it. */
async function serveFile(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(root, `.${pathname}`);
  const rel = relative(root, file);
  if (rel.startsWith('..') || isAbsolute(rel) || pathname.includes('\0')) {
    response.writeHead(404).end();
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Builds, serves and rebuilds until `signal` aborts (or SIGINT/SIGTERM without one). */
export async function serveSite(options: ServeOptions): Promise<void> {
  const temporary = options.out === undefined;
  const out = options.out ?? (await mkdtemp(join(tmpdir(), 'docket-site-')));
  const build = (): Promise<BuildResult> => buildSite({ ...options, out, liveReload: true });
  const clients = new Set<ServerResponse>();
  const watchers: FSWatcher[] = [];
  let server: Server | undefined;
  try {
    const first = await build();
    server = createServer((request, response) => {
      if (request.url === EVENTS_PATH) {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        response.write('retry: 1000\n\n');
        clients.add(response);
        request.on('close', () => clients.delete(response));
        return;
      }
      serveFile(out, request, response).catch(() => {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
    const port = await listen(server, options.port);
    options.log(
      `Serving ${first.model.records.length} records at http://${HOST}:${port}/ (rebuilds when a record changes; Ctrl-C stops)`,
    );

    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> | null = null;
    let again = false;
    const rebuild = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          try {
            const result = await build();
            options.log(
              `Rebuilt: ${result.summary.written} files written, ${result.summary.removed} removed`,
            );
            for (const client of clients) client.write('event: reload\ndata: {}\n\n');
          } catch (error) {
            options.warn(`docket: rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        } while (again);
      })();
      await running;
      running = null;
    };
    for (const folder of options.folders) {
      watchers.push(
        watch(folder, { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
        }),
      );
    }
    await stopped(options.signal);
    clearTimeout(timer);
    await running;
  } finally {
    for (const watcher of watchers) watcher.close();
    for (const client of clients) client.end();
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((done) => server?.close(() => done()));
    }
    if (temporary) await rm(out, { recursive: true, force: true });
  }
}

function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    if (signal) {
      if (signal.aborted) done();
      else signal.addEventListener('abort', () => done(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
