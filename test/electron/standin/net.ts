/**
 * `net` (docs/api/net.md, docs/api/client-request.md, lib/browser/api/net-fetch.ts):
 * - fetch answers with a Response built anew, so `url` is '' and `redirected` false (issue #44725);
 *   `redirect: 'manual'` rejects with "Redirect was cancelled" (issue #43715); failures reject with a
 *   plain Error('net::ERR_…').
 * - request is a ClientRequest: 'redirect' (status, method, url, headers as arrays) before any hop;
 *   in `manual` mode followRedirect() must be called inside that event or the request fails with
 *   "Redirect was cancelled"; 'response' with an IncomingMessage ('data', 'end', 'aborted').
 * Both only after `ready`. Requests go out through Node's http stack here, not Chromium's: no system
 * proxy, PAC or proxy login is modelled.
 */
import { EventEmitter } from 'node:events';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isReady } from './lifecycle';

const NET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
  ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'net::ERR_NAME_NOT_RESOLVED',
  ECONNRESET: 'net::ERR_CONNECTION_RESET',
  EPIPE: 'net::ERR_CONNECTION_RESET',
  ETIMEDOUT: 'net::ERR_TIMED_OUT',
  UND_ERR_SOCKET: 'net::ERR_CONNECTION_CLOSED',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'net::ERR_CERT_AUTHORITY_INVALID',
  SELF_SIGNED_CERT_IN_CHAIN: 'net::ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'net::ERR_CERT_AUTHORITY_INVALID',
  CERT_HAS_EXPIRED: 'net::ERR_CERT_DATE_INVALID',
  ERR_TLS_CERT_ALTNAME_INVALID: 'net::ERR_CERT_COMMON_NAME_INVALID',
};

/** Chromium's name for a Node network error. */
export function netError(error: unknown): Error {
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code ?? '';
  return new Error(NET_ERRORS[code] ?? 'net::ERR_FAILED');
}

function requireReady(what: string): void {
  if (!isReady()) throw new Error(`net module can only be used after app is ready (${what})`);
}

async function fetchLikeElectron(input: string, init: RequestInit = {}): Promise<Response> {
  if (!isReady()) throw new TypeError('Session can only be received when app is ready');
  const mode = init.redirect ?? 'follow';
  let response: Response;
  try {
    response = await fetch(input, { ...init, redirect: mode === 'follow' ? 'follow' : 'manual' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw netError(error);
  }
  if (mode !== 'follow' && response.status >= 300 && response.status < 400 && response.headers.has('location')) {
    await response.body?.cancel();
    throw new Error(mode === 'manual' ? 'Redirect was cancelled' : "Attempted to redirect, but redirect policy was 'error'");
  }
  return new Response([101, 204, 205, 304].includes(response.status) ? null : response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Options of net.request the stand-in reads. */
export interface ClientRequestOptions {
  method?: string;
  url: string;
  redirect?: 'follow' | 'error' | 'manual';
  headers?: Record<string, string>;
}

const RESTRICTED = new Set(['content-length', 'host', 'trailer', 'te', 'upgrade', 'cookie2', 'keep-alive', 'transfer-encoding']);

/** The stand-in's ClientRequest. */
export class ClientRequest extends EventEmitter {
  private readonly headers = new Map<string, string>();
  private readonly chunks: Buffer[] = [];
  private started = false;
  private waitingForRedirect = false;
  private followed = false;
  private aborted = false;
  private current?: ReturnType<typeof httpRequest>;
  private url: string;
  private method: string;

  constructor(private readonly options: ClientRequestOptions) {
    super();
    requireReady('request');
    const url = new URL(options.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('ClientRequest only supports http: and https: protocols');
    if (options.redirect && !['follow', 'error', 'manual'].includes(options.redirect)) throw new Error('redirect mode should be one of follow, error or manual');
    this.url = url.toString();
    this.method = (options.method ?? 'GET').toUpperCase();
    for (const [name, value] of Object.entries(options.headers ?? {})) this.setHeader(name, value);
  }

  setHeader(name: string, value: string): void {
    if (this.started) throw new Error("Can't set headers after they are sent");
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new Error('Invalid header name');
    if (RESTRICTED.has(name.toLowerCase())) throw new Error(`Header '${name}' is restricted`);
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) throw new TypeError(`Invalid value "${value.length > 0 ? '…' : ''}" for header "${name}"`);
    this.headers.set(name.toLowerCase(), value);
  }

  write(chunk: string | Buffer): void {
    this.chunks.push(Buffer.from(chunk));
  }

  end(chunk?: string | Buffer): void {
    if (chunk !== undefined) this.write(chunk);
    this.started = true;
    this.send();
  }

  followRedirect(): void {
    if (!this.waitingForRedirect) throw new Error('followRedirect() called, but was not waiting for a redirect');
    this.followed = true;
  }

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.current?.destroy();
    process.nextTick(() => this.emit('abort'));
  }

  private send(): void {
    if (this.aborted) return;
    const target = new URL(this.url);
    const body = Buffer.concat(this.chunks);
    const open = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = open(target, { method: this.method, headers: Object.fromEntries(this.headers) }, (res) => this.onResponse(res));
    this.current = req;
    req.on('error', (error) => {
      if (!this.aborted) this.emit('error', netError(error));
    });
    if (body.length && this.method !== 'GET' && this.method !== 'HEAD') req.end(body);
    else req.end();
  }

  private onResponse(res: IncomingMessage): void {
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location && status !== 304) {
      res.resume();
      const next = new URL(location, this.url).toString();
      const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v : [String(v)]]));
      const toGet = status === 303 || ((status === 301 || status === 302) && this.method === 'POST');
      this.waitingForRedirect = true;
      this.followed = false;
      this.emit('redirect', status, toGet ? 'GET' : this.method, next, headers);
      this.waitingForRedirect = false;
      const mode = this.options.redirect ?? 'follow';
      if (this.aborted) return;
      if (mode === 'error') return void this.emit('error', new Error("Attempted to redirect, but redirect policy was 'error'"));
      if (mode === 'manual' && !this.followed) return void this.emit('error', new Error('Redirect was cancelled'));
      // The fetch standard drops Authorization when a redirect changes origin.
      if (new URL(next).origin !== new URL(this.url).origin) this.headers.delete('authorization');
      if (toGet) {
        this.method = 'GET';
        this.chunks.length = 0;
        this.headers.delete('content-type');
      }
      this.url = next;
      return this.send();
    }
    const message = Object.assign(new EventEmitter(), { statusCode: status, statusMessage: res.statusMessage ?? '', headers: res.headers, rawHeaders: res.rawHeaders, httpVersion: res.httpVersion });
    res.on('data', (chunk: Buffer) => message.emit('data', chunk));
    res.on('end', () => message.emit('end'));
    res.on('aborted', () => message.emit('aborted'));
    res.on('error', (error) => message.emit(this.aborted ? 'aborted' : 'error', netError(error)));
    this.emit('response', message);
  }
}

/** The stand-in's net module. */
export const net = {
  fetch: fetchLikeElectron,
  request(options: ClientRequestOptions | string): ClientRequest {
    return new ClientRequest(typeof options === 'string' ? { url: options } : options);
  },
  isOnline: () => true,
};
