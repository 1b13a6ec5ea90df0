import type { Exchange } from '../../shared/exchange';

/** An exchange without bodies or stream chunks: what lists and pushes carry. Pure. */
export function summarizeExchange(e: Exchange): Exchange {
  const { body: _reqBody, ...request } = e.request;
  const summary: Exchange = { ...e, request };
  if (e.response) {
    const { body: _body, chunks: _chunks, ...response } = e.response;
    summary.response = response;
  }
  return summary;
}
