import type { Exchange, ExchangePurpose } from '../../shared/exchange';
import { NetworkError, type RecordingFetch } from '../net/recording-fetch';
import { isSecretHeader } from '../net/redact';
import { requestMeta } from '../providers/request-meta';
import type { ResolvedTarget, WireRequest } from '../providers/types';
import { crossesOrigin } from './explain';

/** The answer after following redirects by hand, with every hop recorded. */
export interface FollowedResponse {
  response: Response;
  exchange: Exchange;
  hops: Exchange[];
  /** A hop crossed origins and the credentials stayed behind, as fetch does. */
  droppedAuth: boolean;
}

const MAX_REDIRECTS = 5;

/** Follows redirects by hand, recording each hop, dropping credentials across origins as fetch does. */
export async function fetchFollowingRedirects(http: RecordingFetch, request: WireRequest, target: ResolvedTarget, purpose: ExchangePurpose, signal?: AbortSignal): Promise<FollowedResponse> {
  const hops: Exchange[] = [];
  let current: WireRequest = { ...request, redirect: 'manual' };
  let droppedAuth = false;
  for (let i = 0; i <= MAX_REDIRECTS; i++) {
    let recorded;
    try {
      recorded = await http.fetch(current, requestMeta(target, purpose), signal);
    } catch (error) {
      // Electron's net.fetch cancels a manual redirect instead of returning it ("Redirect was
      // cancelled"): let fetch follow it, and read the redirect from where the answer came from.
      if (!(error instanceof NetworkError) || !/redirect/i.test(error.message)) throw error;
      hops.push(error.exchange);
      const followed = await http.fetch({ ...current, redirect: 'follow' }, requestMeta(target, purpose), signal);
      hops.push(followed.exchange);
      const moved = followed.exchange.redirectedTo;
      return { response: followed.response, exchange: followed.exchange, hops, droppedAuth: droppedAuth || (!!moved && crossesOrigin(current.url, moved)) };
    }
    const { exchange, response } = recorded;
    hops.push(exchange);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, exchange, hops, droppedAuth };
    await response.body?.cancel();
    const next = new URL(location, current.url);
    const headers = { ...current.headers };
    if (crossesOrigin(current.url, next.toString())) {
      for (const name of Object.keys(headers)) {
        if (isSecretHeader(name)) {
          delete headers[name];
          droppedAuth = true;
        }
      }
    }
    // 303, and 301/302 after POST, turn into GET without a body, as browsers and fetch do.
    const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && current.method === 'POST');
    current = { ...current, url: next.toString(), headers, ...(toGet ? { method: 'GET' as const, body: undefined } : {}) };
  }
  throw new Error(`More than ${MAX_REDIRECTS} redirects`);
}

