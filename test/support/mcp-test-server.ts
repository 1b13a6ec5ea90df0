import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { z } from 'zod';

/**
 * The project's own MCP server for tests: tools that succeed (echo, add, env), fail (fail), are slow
 * (slow, stopped by cancellation) and return large results (big); over stdio (mcp-server-main.ts)
 * or HTTP (Streamable HTTP at /mcp, the older SSE transport at /sse), with a token when asked.
 */
export function buildTestServer(name = 'test-tools'): McpServer {
  const server = new McpServer({ name, version: '1.2.3' });
  server.registerTool('echo', { description: 'Echoes the text back.', inputSchema: { text: z.string() } }, ({ text }) => ({ content: [{ type: 'text', text: `echo: ${text}` }] }));
  server.registerTool('add', { description: 'Adds two numbers.', inputSchema: { a: z.number(), b: z.number() } }, ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }));
  server.registerTool('fail', { description: 'Always fails.', inputSchema: {} }, () => ({ isError: true, content: [{ type: 'text', text: 'Something went wrong on purpose.' }] }));
  server.registerTool('env', { description: 'Reads an environment variable of the server.', inputSchema: { name: z.string() } }, ({ name: variable }) => ({ content: [{ type: 'text', text: process.env[variable] ?? '(unset)' }] }));
  server.registerTool('slow', { description: 'Waits, then answers.', inputSchema: { ms: z.number() } }, async ({ ms }, extra) => {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      extra.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('cancelled'));
      });
    });
    return { content: [{ type: 'text', text: `waited ${ms} ms` }] };
  });
  server.registerTool('big', { description: 'Returns a large text.', inputSchema: { kb: z.number() } }, ({ kb }) => ({ content: [{ type: 'text', text: 'x'.repeat(kb * 1024) }] }));
  return server;
}

/** How the HTTP test server behaves. */
export interface HttpTestServerOptions {
  /** Require `Authorization: Bearer <token>`. */
  token?: string;
  /** Answer a missing token the way OAuth-protected servers do (WWW-Authenticate with resource_metadata). */
  oauth?: boolean;
  /** Speak only the older HTTP+SSE transport (GET /sse, POST /messages). */
  sseOnly?: boolean;
}

/** A running HTTP test server. */
export interface HttpTestServer {
  /** `http://127.0.0.1:PORT` */
  root: string;
  /** Requests it received: method, path, and whether they carried the token. */
  requests: { method: string; path: string; authorization?: string }[];
  close(): Promise<void>;
}

function refuse(res: ServerResponse, root: string, options: HttpTestServerOptions, req: IncomingMessage): boolean {
  if (!options.token) return false;
  const sent = req.headers.authorization;
  if (sent === `Bearer ${options.token}`) return false;
  const challenge = options.oauth ? `Bearer resource_metadata="${root}/.well-known/oauth-protected-resource"` : 'Bearer realm="test"';
  res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': challenge });
  res.end(JSON.stringify({ error: sent ? 'invalid_token' : 'missing token' }));
  return true;
}

/** Starts the HTTP test server on 127.0.0.1 (a new MCP session per initialize). */
export async function startHttpTestServer(options: HttpTestServerOptions = {}): Promise<HttpTestServer> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  const sse = new Map<string, SSEServerTransport>();
  const requests: HttpTestServer['requests'] = [];
  let root = '';
  const http: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ method: req.method ?? '', path, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (refuse(res, root, options, req)) return;
    if (!options.sseOnly && path === '/mcp') {
      const id = req.headers['mcp-session-id'];
      let transport = typeof id === 'string' ? sessions.get(id) : undefined;
      if (!transport) {
        transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (sid) => void sessions.set(sid, transport!) });
        await buildTestServer().connect(transport);
      }
      return transport.handleRequest(req, res);
    }
    if (options.sseOnly && path === '/sse' && req.method === 'GET') {
      const transport = new SSEServerTransport('/messages', res);
      sse.set(transport.sessionId, transport);
      return buildTestServer().connect(transport);
    }
    if (options.sseOnly && path === '/messages' && req.method === 'POST') {
      const transport = sse.get(new URL(req.url ?? '/', 'http://x').searchParams.get('sessionId') ?? '');
      if (transport) return transport.handlePostMessage(req, res);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found');
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  root = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    root,
    requests,
    close: async () => {
      for (const t of sessions.values()) await t.close().catch(() => undefined);
      for (const t of sse.values()) await t.close().catch(() => undefined);
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
