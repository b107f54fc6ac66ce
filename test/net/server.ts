/**
 * A local HTTP server for network tests (127.0.0.1, random port): serves fixed routes, an
 * endless body for the size limit, a slow route for the timeout, and can change a page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route: status, content type, body. */
export interface Route {
  status?: number;
  type: string;
  body: string;
  /** Omit Content-Length and stream this many extra bytes (tests the streaming size limit). */
  endless?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
}

/** Starts the server; `routes` may be changed while it runs. */
export async function startServer(routes: Map<string, Route>): Promise<{ base: string; server: Server; hits: string[]; userAgents: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const userAgents: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    userAgents.push(String(req.headers['user-agent'] ?? ''));
    const r = routes.get(req.url ?? '');
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const send = (): void => {
      if (r.endless) {
        res.writeHead(r.status ?? 200, { 'content-type': r.type });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = (): void => {
          while (sent < 64 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('close', () => { sent = Infinity; });
        pump();
        return;
      }
      res.writeHead(r.status ?? 200, { 'content-type': r.type, 'content-length': Buffer.byteLength(r.body) }).end(r.body);
    };
    if (r.delayMs) setTimeout(send, r.delayMs);
    else send();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    hits,
    userAgents,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** A port nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

/** A small article page in HTML (original text written for the tests). */
export function articlePage(title: string, paragraphs: string[], published = '2025-07-28'): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="${published}T08:00:00Z"></head>
<body><nav>Startseite | Politik</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>Impressum</footer></body></html>`;
}
