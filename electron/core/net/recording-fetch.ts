import type { WireRequest } from '../providers/types';
import type { Clock } from '../clock';
import type { Exchange, ExchangePurpose } from '../../shared/exchange';
import type { WireLog } from './wire-log';
import { collectSecrets, redactHeaders, redactUrl, scrubSecrets, summarizeAuth } from './redact';

/** The one way the core reaches the network: Electron's net.fetch, Node's fetch, or a test fake. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The context a caller gives the recording fetch about a request. */
export interface RequestMeta {
  providerId?: string;
  purpose: ExchangePurpose;
  /** The header this provider's key should travel in. */
  authHeader: string;
}

/** A response plus the exchange that records it. */
export interface RecordedResponse {
  exchange: Exchange;
  response: Response;
}

/** Thrown when the request never got a response; carries the recorded exchange. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly exchange: Exchange,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

const STREAM_TYPES = /text\/event-stream|ndjson|x-ndjson|application\/json-seq/i;

function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** Finds the most useful description of a fetch failure (Node hides the cause under `cause`). */
export function describeFetchError(error: unknown): { message: string; code?: string } {
  if (error instanceof Error && error.name === 'AbortError') return { message: 'Aborted', code: 'ABORT_ERR' };
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return code ? { message, code } : { message };
}

/**
 * Wraps a FetchLike so every exchange lands in the wire log, redacted, with timing and (at debug
 * level) the body or the stream chunks as they arrived. The caller gets the live response.
 */
export class RecordingFetch {
  constructor(
    private readonly inner: FetchLike,
    private readonly log: WireLog,
    private readonly clock: Clock,
    private readonly newId: () => string,
  ) {}

  /** Attaches catalog causes to a recorded exchange and republishes it. */
  annotate(exchange: Exchange, causes: string[]): void {
    exchange.causes = causes;
    this.log.upsert(exchange);
  }

  /** Sends a request and records it. Throws NetworkError when no response arrives. */
  async fetch(request: WireRequest, meta: RequestMeta, signal?: AbortSignal): Promise<RecordedResponse> {
    const started = this.clock.now();
    const secrets = collectSecrets(request.headers, request.url);
    const scrub = (text: string) => scrubSecrets(text, secrets);
    const { maxBodyChars, level } = this.log.getLimits();
    const keepBodies = level === 'debug';
    const exchange: Exchange = {
      id: this.newId(),
      startedAt: started,
      purpose: meta.purpose,
      ...(meta.providerId ? { providerId: meta.providerId } : {}),
      method: request.method,
      url: scrub(redactUrl(request.url)),
      request: {
        headers: redactHeaders(request.headers),
        ...(keepBodies && request.body !== undefined ? capped(scrub(request.body), maxBodyChars) : {}),
      },
      timing: {},
      state: 'pending',
      auth: summarizeAuth(request.headers, meta.authHeader),
    };
    this.log.upsert(exchange);

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
      const { message, code } = describeFetchError(error);
      exchange.state = signal?.aborted ? 'aborted' : 'failed';
      exchange.error = scrub(code ? `${message} (${code})` : message);
      exchange.timing.totalMs = this.clock.now() - started;
      this.log.upsert(exchange);
      throw new NetworkError(exchange.error, exchange, code);
    }

    const headersAt = this.clock.now();
    exchange.timing.ttfbMs = headersAt - started;
    exchange.state = 'streaming';
    exchange.response = { status: response.status, statusText: response.statusText, headers: redactHeaders(headersToRecord(response.headers)) };
    if (response.redirected && response.url) exchange.redirectedTo = scrub(redactUrl(response.url));
    this.log.upsert(exchange);

    const isStream = STREAM_TYPES.test(response.headers.get('content-type') ?? '');
    const record = exchange.response;
    let size = 0;
    let kept = 0;
    let truncated = false;
    let bodyText = '';
    const chunks: { t: number; data: string }[] = [];
    const decoder = new TextDecoder();
    const finish = (state: Exchange['state'], error?: string) => {
      if (exchange.state !== 'streaming') return;
      const tail = keepBodies && !truncated ? decoder.decode() : '';
      if (tail) bodyText += tail;
      exchange.state = state;
      exchange.size = size;
      exchange.timing.totalMs = this.clock.now() - started;
      if (error) exchange.error = scrub(error);
      if (keepBodies) {
        if (isStream) record.chunks = chunks;
        else record.body = scrub(bodyText);
        if (truncated) record.bodyTruncated = true;
      }
      this.log.upsert(exchange);
    };

    if (!response.body) {
      finish('done');
      return { exchange, response };
    }
    const clock = this.clock;
    const tapChunk = (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (!keepBodies) return;
      if (kept >= maxBodyChars) {
        truncated = true;
        return;
      }
      const text = decoder.decode(chunk, { stream: true });
      const room = maxBodyChars - kept;
      if (text.length > room) truncated = true;
      const piece = text.length > room ? text.slice(0, room) : text;
      kept += piece.length;
      if (isStream) chunks.push({ t: clock.now() - started, data: scrub(piece) });
      else bodyText += piece;
    };
    // One stream layer between the network and the caller: each layer costs a hop per chunk, and the
    // first token's latency is a budget. Aborts reach the source through fetch's own signal.
    const source = response.body.getReader();
    // Not every fetch tears the body down on abort (Electron's net.fetch is not documented to):
    // cancel the source ourselves so a stopped answer stops at once everywhere.
    const onAbort = () => void source.cancel(signal?.reason).catch(() => undefined);
    signal?.addEventListener('abort', onAbort, { once: true });
    const wrapped = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await source.read();
          if (signal?.aborted) {
            signal.removeEventListener('abort', onAbort);
            finish('aborted', 'Stopped');
            controller.error(signal.reason ?? new DOMException('Aborted', 'AbortError'));
            return;
          }
          if (done) {
            signal?.removeEventListener('abort', onAbort);
            finish('done');
            controller.close();
            return;
          }
          tapChunk(value);
          controller.enqueue(value);
        } catch (error) {
          finish(signal?.aborted ? 'aborted' : 'failed', describeFetchError(error).message);
          controller.error(error);
        }
      },
      cancel(reason) {
        finish('aborted', 'Cancelled by the client');
        return source.cancel(reason);
      },
    });
    return {
      exchange,
      response: new Response(wrapped, { status: response.status, statusText: response.statusText, headers: response.headers }),
    };
  }
}

function capped(text: string, max: number): { body: string; bodyTruncated?: boolean } {
  return text.length > max ? { body: text.slice(0, max), bodyTruncated: true } : { body: text };
}
