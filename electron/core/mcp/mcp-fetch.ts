import type { RecordingFetch } from '../net/recording-fetch';
import { NetworkError } from '../net/recording-fetch';
import type { WireRequest } from '../providers/types';

/** What an HTTP server answered (or that nothing did), for the MCP doctor. */
export interface HttpEvidence {
  method: string;
  url: string;
  status?: number;
  /** The WWW-Authenticate header of a 401: says whether the server wants OAuth. */
  wwwAuthenticate?: string;
  /** The request carried an Authorization header. */
  authSent: boolean;
  /** No response: the network failure, already redacted. */
  networkError?: string;
  networkCode?: string;
}

function headerRecord(init: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init).forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/**
 * The fetch an MCP HTTP transport is given: each request goes through the recording fetch, so it
 * is an ordinary exchange in the Network tab (redacted with the server's secrets), and what came
 * back is noted for the doctor.
 */
export function mcpFetch(http: RecordingFetch, server: { name: string; secrets: readonly string[] }, observe: (evidence: HttpEvidence) => void): (input: string | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init = {}) => {
    const headers = headerRecord(init.headers);
    const method = (init.method ?? 'GET').toUpperCase() as WireRequest['method'];
    const request: WireRequest = {
      url: String(input),
      method,
      headers,
      ...(typeof init.body === 'string' ? { body: init.body } : {}),
      ...(init.redirect === 'manual' || init.redirect === 'follow' ? { redirect: init.redirect } : {}),
    };
    const authSent = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
    try {
      const { response } = await http.fetch(request, { purpose: 'mcp', mcpServer: server.name, authHeader: 'authorization', secrets: server.secrets }, init.signal ?? undefined);
      const www = response.headers.get('www-authenticate');
      observe({ method, url: request.url, status: response.status, authSent, ...(www ? { wwwAuthenticate: www } : {}) });
      return response;
    } catch (error) {
      if (error instanceof NetworkError) observe({ method, url: request.url, authSent, networkError: error.message, ...(error.code ? { networkCode: error.code } : {}) });
      throw error;
    }
  };
}
