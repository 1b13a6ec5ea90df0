import type { FetchLike } from '../core/net/recording-fetch';

/** The part of Electron's IncomingMessage this adapter reads. */
export interface NetResponseLike {
  statusCode: number;
  statusMessage: string;
  headers: Record<string, string | string[]>;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end' | 'aborted', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** The part of Electron's ClientRequest (`net.request`) this adapter drives. */
export interface NetRequestLike {
  setHeader(name: string, value: string): void;
  write(chunk: string): void;
  end(): void;
  abort(): void;
  followRedirect(): void;
  on(event: 'response', listener: (response: NetResponseLike) => void): unknown;
  on(event: 'redirect', listener: (statusCode: number, method: string, redirectUrl: string, responseHeaders: Record<string, string[]>) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Opens a request the way `net.request({ method, url, redirect: 'manual' })` does. */
export type OpenNetRequest = (options: { method: string; url: string; redirect: 'manual' }) => NetRequestLike;

const MAX_REDIRECTS = 20;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function toHeaders(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  return headers;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

// fetch reports network failures as TypeError('fetch failed') with the cause beside it; so does this.
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

/**
 * A FetchLike over Electron's `net.request`, because `net.fetch` answers without `url` and
 * `redirected` and cannot hand back a manual redirect: here every redirect is seen. `manual` returns
 * the 3xx itself (with its Location) so the doctor can record each hop; `follow` follows and marks
 * the final Response with the URL it came from. Requests still go through Chromium's network stack
 * (system proxy, PAC, proxy authentication).
 */
export function netRequestFetch(open: OpenNetRequest): FetchLike {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(abortError(signal));
      const mode = init.redirect ?? 'follow';
      let url = String(input);
      let hops = 0;
      let settled = false;
      let bodyController: ReadableStreamDefaultController<Uint8Array> | undefined;
      const request = open({ method: init.method ?? 'GET', url, redirect: 'manual' });
      const fail = (error: unknown) => {
        if (!settled) {
          settled = true;
          reject(error);
        } else bodyController?.error(error);
      };
      const onAbort = () => {
        request.abort();
        fail(abortError(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);

      request.on('redirect', (statusCode, _method, redirectUrl, responseHeaders) => {
        if (mode === 'manual') {
          settled = true;
          done();
          request.abort();
          resolve(new Response(null, { status: statusCode, headers: toHeaders(responseHeaders) }));
          return;
        }
        if (mode === 'error' || ++hops > MAX_REDIRECTS) {
          request.abort();
          done();
          return fail(fetchFailed(new Error(mode === 'error' ? 'redirect mode is set to error' : 'redirect count exceeded')));
        }
        url = new URL(redirectUrl, url).toString();
        request.followRedirect();
      });
      request.on('response', (res) => {
        const body = NULL_BODY.has(res.statusCode)
          ? null
          : new ReadableStream<Uint8Array>({
              start(controller) {
                bodyController = controller;
                res.on('data', (chunk) => controller.enqueue(new Uint8Array(chunk)));
                res.on('end', () => {
                  done();
                  controller.close();
                });
                res.on('aborted', () => controller.error(fetchFailed(new Error('The response was aborted'))));
                res.on('error', (error) => controller.error(fetchFailed(error)));
              },
              cancel() {
                done();
                request.abort();
              },
            });
        const response = new Response(body, { status: res.statusCode, statusText: res.statusMessage, headers: toHeaders(res.headers) });
        // Response's url and redirected are read-only getters; own properties shadow them.
        Object.defineProperty(response, 'url', { value: url });
        Object.defineProperty(response, 'redirected', { value: hops > 0 });
        settled = true;
        if (!body) done();
        resolve(response);
      });
      request.on('error', (error) => {
        done();
        fail(fetchFailed(error));
      });
      try {
        for (const [name, value] of new Headers(init.headers)) request.setHeader(name, value);
        if (init.body !== undefined && init.body !== null) request.write(String(init.body));
        request.end();
      } catch (error) {
        done();
        request.abort();
        fail(error);
      }
    });
}
