import { describe, expect, it } from 'vitest';
import { PROTOCOLS } from '../../../../../electron/shared/protocols';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import { requestHeaders } from '../../../../../electron/core/providers/kit';
import { authForProtocol } from '../../../../../electron/core/providers/registry';
import { resolvedTarget } from '../../../../support/builders';
import type { ResolvedTarget } from '../../../../../electron/core/providers/types';

const target = (protocol: ResolvedTarget['protocol'], headers: Record<string, string> = {}): ResolvedTarget =>
  resolvedTarget({ providerId: 'custom', protocol, baseUrl: 'https://gateway.example/v1', auth: authForProtocol(protocol, { header: 'Authorization', scheme: 'bearer', requirement: 'required' }), key: 'test-key-000', headers });

describe('the provider kit', () => {
  it('orders headers: defaults, auth, the protocol’s own, then the user’s', () => {
    expect(Object.keys(requestHeaders(target('anthropic', { 'x-extra': '1' }), { json: true, protocolHeaders: { 'anthropic-version': 'v' } }))).toEqual(['content-type', 'accept', 'x-api-key', 'anthropic-version', 'x-extra']);
  });
  it('lets the user’s headers win over everything, in every protocol, for chat and model lists', () => {
    for (const protocol of PROTOCOLS) {
      const t = target(protocol, { accept: 'text/custom', [target(protocol).auth.header]: 'gateway-token', 'anthropic-version': 'pinned' });
      const adapter = adapterFor(protocol);
      for (const request of [adapter.chatRequest(t, [{ role: 'user', content: 'hi' }], true), adapter.chatRequest(t, [{ role: 'user', content: 'hi' }], false), adapter.modelsRequest(t)]) {
        expect(request.headers.accept, `${protocol} ${request.url}`).toBe('text/custom');
        expect(request.headers[t.auth.header], protocol).toBe('gateway-token');
      }
    }
  });
});
