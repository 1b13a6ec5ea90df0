import { isStreamingContentType, type Exchange, type ExchangePurpose } from '../../shared/exchange';
import type { WireRequest } from '../providers/types';
import type { Clock } from '../clock';
import type { WireLog } from './wire-log';
import { BodyTap } from './body-tap';
import { elideBinary } from './elide';
import { detachedSlice } from './detached-slice';
import { redactHeaders, redactUrl, requestSecrets, summarizeAuth } from './redact';
import type { SecretSet } from './secret-set';
import { classifyNetworkFailure, describeFetchError, type NetworkFailureKind } from './network-errors';

/** The one way the core reaches the network: Electron's net.request, Node's fetch, or a test fake. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** What the transport knows about the way out: the proxy a URL goes through, and its credentials (secrets). */
export interface NetworkRoute {
  /** The proxy for this URL, without credentials (`http://proxy.corp:3128`), or undefined for direct. */
  proxyFor(url: string): Promise<string | undefined> | string | undefined;
  /** Values to keep out of everything recorded (the proxy password). */
  secrets(): readonly string[];
}

/** The context a caller gives the recording fetch about a request. */
export interface RequestMeta {
  providerId?: string;
  /** The MCP server a request goes to. */
  mcpServer?: string;
  purpose: ExchangePurpose;
  /** The header this provider's key should travel in. */
  authHeader: string;
  /** Secrets besides the credentials the request carries (custom header values). */
  secrets?: readonly string[];
}

/** A response plus the exchange that records it, and the secrets to keep out of anything shown. */
export interface RecordedResponse {
  exchange: Exchange;
  response: Response;
  secrets: SecretSet;
}

/** Thrown when the request never got a response; carries the recorded exchange and what kind of failure it was. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly exchange: Exchange,
    readonly code?: string,
    readonly kind: NetworkFailureKind = 'other',
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** How a request ended without an answer: the user stopped it, a limit fired, or the network failed. */
export function failureOf(error: unknown, signal?: AbortSignal): { kind: NetworkFailureKind; text: string; code?: string } {
  const reason: unknown = signal?.aborted ? signal.reason : undefined;
  if (reason instanceof Error && reason.name === 'TimeoutError') return { kind: 'timeout', text: reason.message, code: 'TIMEOUT' };
  if (signal?.aborted) return { kind: 'aborted', text: 'Stopped', code: 'ABORT_ERR' };
  const { message, code } = describeFetchError(error);
  const { kind, words } = classifyNetworkFailure(message, code);
  const said = kind === 'other' ? message : `${words[0]!.toUpperCase()}${words.slice(1)}: ${message}`;
  return { kind, text: code && !message.includes(code) ? `${said} (${code})` : said, ...(code ? { code } : {}) };
}

function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/**
 * Wraps a FetchLike so every exchange lands in the wire log, redacted, with timing and (at debug
 * level) the body or the stream chunks as they arrived. The caller gets the live response.
 */
export class RecordingFetch {
  /**
   * The request body the last exchange kept. A conversation's requests each carry the history so
   * far, so once they pass the cap their kept prefixes are the same text: the log then holds one
   * string for all of them instead of a copy each (64 Ki characters, 64 of them under the 4 Mi
   * total: 4 MB of heap in a long chat). It holds at most one kept body (≤ maxBodyChars) beyond
   * the log, e.g. after the log is cleared.
   */
  private lastBody: string | undefined;

  constructor(
    private readonly inner: FetchLike,
    private readonly log: WireLog,
    private readonly clock: Clock,
    private readonly newId: () => string,
    private readonly route?: NetworkRoute,
  ) {}

  /** The proxy a request to this URL would go through (without credentials), or undefined for direct. */
  async proxyFor(url: string): Promise<string | undefined> {
    return this.route?.proxyFor(url);
  }

  /** Attaches catalog causes to a recorded exchange and republishes it. */
  annotate(exchange: Exchange, causes: string[]): void {
    exchange.causes = causes;
    this.log.upsert(exchange);
  }

  /** Sends a request and records it. Throws NetworkError when no response arrives. */
  async fetch(request: WireRequest, meta: RequestMeta, signal?: AbortSignal): Promise<RecordedResponse> {
    const started = this.clock.now();
    const secrets = requestSecrets(request.headers, request.url, [...(meta.secrets ?? []), ...(this.route?.secrets() ?? [])]);
    const { maxBodyChars, level } = this.log.getLimits();
    const keepBodies = level === 'debug';
    const proxy = await this.route?.proxyFor(request.url);
    const exchange = this.open(request, meta, secrets, started, keepBodies ? maxBodyChars : undefined, proxy);
    let response: Response;
    try {
      response = await this.inner(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.redirect ? { redirect: request.redirect } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      const failure = failureOf(error, signal);
      exchange.state = failure.kind === 'aborted' ? 'aborted' : 'failed';
      exchange.error = secrets.scrub(failure.text);
      exchange.timing.totalMs = this.clock.now() - started;
      this.log.upsert(exchange);
      throw new NetworkError(exchange.error, exchange, failure.code, failure.kind);
    }
    exchange.timing.ttfbMs = this.clock.now() - started;
    exchange.state = 'streaming';
    exchange.response = { status: response.status, statusText: response.statusText, headers: redactHeaders(headersToRecord(response.headers), secrets) };
    if (response.redirected && response.url) exchange.redirectedTo = redactUrl(response.url, secrets);
    this.log.upsert(exchange);
    const tap = new BodyTap({ keepBodies, maxBodyChars, isStream: isStreamingContentType(response.headers.get('content-type') ?? ''), secrets, clock: this.clock, started });
    return { exchange, secrets, response: this.tapped(response, exchange, tap, secrets, started, signal) };
  }

  private open(request: WireRequest, meta: RequestMeta, secrets: SecretSet, started: number, maxBodyChars: number | undefined, proxy: string | undefined): Exchange {
    // Attachments are elided before the cap applies: the cap then keeps the text around them.
    const body = request.body !== undefined && maxBodyChars !== undefined ? secrets.scrub(elideBinary(request.body)) : undefined;
    const exchange: Exchange = {
      id: this.newId(),
      startedAt: started,
      purpose: meta.purpose,
      ...(meta.providerId ? { providerId: meta.providerId } : {}),
      ...(meta.mcpServer ? { mcpServer: meta.mcpServer } : {}),
      method: request.method,
      url: redactUrl(request.url, secrets),
      request: { headers: redactHeaders(request.headers, secrets), ...(body !== undefined ? (body.length > maxBodyChars! ? { body: this.keptBody(body, maxBodyChars!), bodyTruncated: true } : { body: this.keptBody(body, body.length) }) : {}) },
      timing: {},
      state: 'pending',
      auth: summarizeAuth(request.headers, meta.authHeader),
      ...(proxy ? { proxy: secrets.scrub(proxy) } : {}),
    };
    this.log.upsert(exchange);
    return exchange;
  }

  // The first `length` characters of a request body as the log keeps them: the previous kept body
  // when it is the same text (shared, not copied), otherwise a copy of their own (a slice would
  // keep the whole uncapped body alive).
  private keptBody(body: string, length: number): string {
    const last = this.lastBody;
    if (last !== undefined && last.length === length && body.startsWith(last)) return last;
    const kept = length < body.length ? detachedSlice(body, length) : body;
    this.lastBody = kept;
    return kept;
  }

  // One stream layer between the network and the caller: each layer costs a hop per chunk, and the
  // first token's latency is a budget. Aborts reach the source through fetch's own signal.
  private tapped(response: Response, exchange: Exchange, tap: BodyTap, secrets: SecretSet, started: number, signal?: AbortSignal): Response {
    const finish = (state: Exchange['state'], error?: string) => {
      if (exchange.state !== 'streaming') return;
      exchange.state = state;
      exchange.size = tap.size;
      exchange.timing.totalMs = this.clock.now() - started;
      if (error) exchange.error = secrets.scrub(error);
      tap.finish(exchange.response!);
      this.log.upsert(exchange);
    };
    if (!response.body) {
      finish('done');
      return response;
    }
    const source = response.body.getReader();
    // Not every fetch tears the body down on abort: cancel the source ourselves so a stopped answer
    // stops at once everywhere.
    const onAbort = () => void source.cancel(signal?.reason).catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    const wrapped = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await source.read();
          if (signal?.aborted || done) {
            signal?.removeEventListener('abort', onAbort);
            const failure = signal?.aborted ? failureOf(undefined, signal) : undefined;
            finish(!failure ? 'done' : failure.kind === 'aborted' ? 'aborted' : 'failed', failure?.text);
            if (signal?.aborted) controller.error(signal.reason ?? new DOMException('Aborted', 'AbortError'));
            else controller.close();
            return;
          }
          controller.enqueue(value);
          // Recorded after the reader has its chunk: the log's copy never delays the first token.
          queueMicrotask(() => tap.take(value));
        } catch (error) {
          const failure = failureOf(error, signal);
          finish(failure.kind === 'aborted' ? 'aborted' : 'failed', failure.text);
          controller.error(error);
        }
      },
      cancel(reason) {
        finish('aborted', 'Cancelled by the client');
        return source.cancel(reason);
      },
    });
    return new Response(wrapped, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
}
