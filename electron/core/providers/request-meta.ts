import type { ExchangePurpose } from '../../shared/exchange';
import type { RequestMeta } from '../net/recording-fetch';
import type { ResolvedTarget } from './types';

/** What the recording fetch is told about a request to a target: whose, why, where the key goes, what else is secret. */
export function requestMeta(target: ResolvedTarget, purpose: ExchangePurpose): RequestMeta {
  // Custom header values are often gateway credentials: treated as secrets everywhere they may echo.
  return { providerId: target.providerId, purpose, authHeader: target.auth.header, secrets: Object.values(target.headers) };
}
