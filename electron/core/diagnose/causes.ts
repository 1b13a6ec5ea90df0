import { CAUSE_IDS, type CauseId, type CauseInfo } from '../../shared/causes';

const entries: Record<CauseId, Omit<CauseInfo, 'id'>> = {
  'key-missing': {
    title: 'No API key',
    explanation: 'No key was found for this provider, neither stored nor in its environment variable, so the request went out without an auth header.',
    fix: "Add the key in this provider's settings, or set its environment variable before starting Switchboard.",
  },
  'header-empty': {
    title: 'Auth header sent empty',
    explanation: 'The auth header was sent, but with nothing usable in it (for example "Bearer " or "Bearer undefined"). The provider sees no key.',
    fix: 'Enter the key again in settings; if it comes from an environment variable, check that the variable is set and exported.',
  },
  'key-whitespace': {
    title: 'Whitespace around the key',
    explanation: 'The key starts or ends with spaces, tabs or a line break (common when pasting or reading a file). They are sent as part of the key.',
    fix: 'Trim the key.',
  },
  'key-quoted': {
    title: 'Key wrapped in quotes',
    explanation: 'The key is surrounded by quote characters, which are sent as part of the key.',
    fix: 'Remove the quotes.',
  },
  'key-bearer-prefix': {
    title: 'Key includes "Bearer "',
    explanation: 'The key itself starts with "Bearer ", so the header goes out as "Bearer Bearer …".',
    fix: 'Remove the "Bearer " prefix from the key.',
  },
  'key-invisible-chars': {
    title: 'Invisible characters in the key',
    explanation: 'The key contains zero-width, non-breaking or other non-ASCII characters, usually picked up when copying from a web page or document.',
    fix: 'Remove the invisible characters, or copy the key again from the provider’s dashboard.',
  },
  'key-wrong-provider': {
    title: "Another provider's key",
    explanation: "The key's prefix belongs to a different provider; this host will not accept it.",
    fix: "Use a key issued by this provider, or move this key to the provider it belongs to.",
  },
  'auth-scheme-mismatch': {
    title: 'Wrong auth header for this host',
    explanation: 'The host expects its key in a different header than the one sent (for example x-api-key instead of Authorization: Bearer, or Azure’s api-key).',
    fix: 'Choose the protocol this host speaks, or the matching preset.',
  },
  'host-no-scheme': {
    title: 'Base URL without https://',
    explanation: 'The base URL has no scheme, so it cannot be requested as typed.',
    fix: 'Add https:// at the start of the base URL.',
  },
  'host-double-scheme': {
    title: 'Scheme written twice',
    explanation: 'The base URL starts with the scheme twice (https://https://…).',
    fix: 'Remove the extra scheme.',
  },
  'host-insecure-http': {
    title: 'Plain http to a remote host',
    explanation: 'The base URL uses http:// for a host that is not on this machine: the key travels unencrypted, and many hosts redirect to https and drop the auth header on the way.',
    fix: 'Use https://.',
  },
  'redirect-dropped-auth': {
    title: 'Redirect dropped the key',
    explanation: 'The host redirected the request to another origin and the auth header was not carried over (fetch removes it across origins).',
    fix: 'Use the final URL of the redirect as the base URL (often https instead of http, or with www).',
  },
  'path-missing-version': {
    title: 'Version segment missing from the path',
    explanation: 'The base URL lacks the API version segment (such as /v1) that this host needs before its endpoints.',
    fix: 'Add the version segment to the base URL.',
  },
  'path-duplicated': {
    title: 'Path written twice',
    explanation: 'The request path repeats a segment: /v1/v1, a full endpoint pasted as the base URL, or a segment the protocol adds itself (Anthropic adds /v1; Ollama’s native API lives at /api on the server root, without /v1).',
    fix: 'Use only the base URL the provider documents for this protocol (the repaired one is shown).',
  },
  'model-case': {
    title: 'Model name has the wrong case',
    explanation: 'The host offers this model, but with different upper/lower case; model ids are case-sensitive.',
    fix: 'Pick the model with the exact case the host lists.',
  },
  'model-unknown': {
    title: 'Model not available',
    explanation: 'The host does not offer this model for this key (a typo, a retired model, or one your account cannot use).',
    fix: "Choose a model from the host's model list.",
  },
  'key-rejected': {
    title: 'Key refused by the provider',
    explanation: 'The key was sent correctly, but the provider refused it: revoked, expired, from another account or project, or missing a permission.',
    fix: "Create a new key in the provider's dashboard and replace the stored one.",
  },
  'key-wrong-region': {
    title: "The key belongs to the provider's other region",
    explanation: 'This provider runs separate platforms per region (for example China mainland and International), and a key works only on the platform that issued it. This key was refused here and accepted by the other region.',
    fix: "Switch the base URL to the region that issued the key (one click), or create a key on this region's platform.",
  },
  'key-env-override': {
    title: 'Two different keys configured',
    explanation: 'A stored key and the environment variable both exist and differ; the stored key is in effect.',
    fix: 'Delete one of them so it is clear which key is used.',
  },
  'quota-exhausted': {
    title: 'Quota or billing exhausted',
    explanation: 'The provider refused the request because the account has no remaining quota, credit or balance (HTTP 402 Payment Required, a 429 "insufficient quota", or the same words under another status).',
    fix: "Check billing and usage limits in the provider's dashboard.",
  },
  'rate-limited': {
    title: 'Rate limited',
    explanation: 'Too many requests or tokens in a short time.',
    fix: 'Wait and try again (the provider may say how long), or lower the request rate.',
  },
  'provider-overloaded': {
    title: 'Provider overloaded',
    explanation: 'The provider is temporarily overloaded or unavailable.',
    fix: 'Try again shortly.',
  },
  'proxy-interference': {
    title: 'Something in between answered',
    explanation: 'An HTML page or unexpected content came back where the API returns JSON: a proxy, captive portal, firewall or CDN answered instead of the provider.',
    fix: 'Check proxy and network settings; open the base URL in a browser to see who answers.',
  },
  'network-unreachable': {
    title: 'Host unreachable',
    explanation: 'The request never got an answer: the name did not resolve, the connection was refused, or it timed out.',
    fix: 'Check the base URL, that the server is running (for local hosts), and your network or proxy.',
  },
};

/** The catalog entry for a cause id. */
export function causeInfo(id: CauseId): CauseInfo {
  return { id, ...entries[id] };
}

/** The full catalog, in a stable order. */
export function causeCatalog(): CauseInfo[] {
  return CAUSE_IDS.map(causeInfo);
}
