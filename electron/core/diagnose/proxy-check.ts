import type { DoctorCheck } from '../../shared/doctor';
import type { Exchange } from '../../shared/exchange';
import { classifyNetworkFailure } from '../net/network-errors';

function hostPort(proxy: string): string {
  try {
    return new URL(proxy).host;
  } catch {
    return proxy;
  }
}

/**
 * The proxy, judged by the first request that went through it (the model list): did the proxy let
 * us through, ask for credentials (407), refuse, answer in the host's place, or intercept TLS?
 * Pure: it reads the recorded exchange.
 */
export function proxyCheck(proxy: string, first: Exchange | undefined): DoctorCheck {
  const ids = first ? { exchangeIds: [first.id] } : {};
  const error = first?.error;
  if (error) {
    const { kind } = classifyNetworkFailure(error);
    if (kind === 'proxy' && /407|authenticat/i.test(error)) return { id: 'proxy', status: 'fail', message: `The proxy ${proxy} wants a user name and password (HTTP 407 Proxy Authentication Required) and did not accept the ones sent, if any.`, causes: ['proxy-interference'], ...ids };
    if (kind === 'proxy') return { id: 'proxy', status: 'fail', message: `The proxy ${proxy} would not connect us to the host: ${error}`, causes: ['proxy-interference'], ...ids };
    if (kind === 'tls') return { id: 'proxy', status: 'fail', message: `Through the proxy ${proxy}, the host's TLS certificate did not check out (${error}): something in between intercepts https.`, causes: ['proxy-interference'], ...ids };
    if (error.includes(hostPort(proxy)) || kind === 'refused') return { id: 'proxy', status: 'fail', message: `The proxy ${proxy} cannot be reached: ${error}`, causes: ['network-unreachable'], ...ids };
    return { id: 'proxy', status: 'warn', message: `Requests go through the proxy ${proxy}; the first one failed (${error}).`, causes: [], ...ids };
  }
  if (first?.causes?.includes('proxy-interference')) return { id: 'proxy', status: 'fail', message: `An HTML page came back through the proxy ${proxy} where the host answers JSON: the proxy (or something behind it) answered instead.`, causes: ['proxy-interference'], ...ids };
  return { id: 'proxy', status: 'pass', message: `Requests go through the proxy ${proxy}.`, causes: [], ...ids };
}
