import { PRESETS, findPreset } from '../providers/registry';
import type { KeyFix, KeyWarning } from '../../shared/keys';


// Zero-width, BOM, NBSP, soft hyphen, and anything outside printable ASCII.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00A0\u00AD]/;
const NON_ASCII = /[^\x20-\x7E]/;

/**
 * Checks a key as the user entered it, for the header scheme it goes out in. fetch strips
 * whitespace at both ends of a header value, so whitespace that ends up at an end of the header
 * (after the key; before it too for raw headers such as x-api-key) is only a note: the key works.
 * Never includes the key's value in a message.
 */
export function lintKey(key: string, providerId: string, scheme: 'bearer' | 'raw' = 'bearer'): KeyWarning[] {
  const out: KeyWarning[] = [];
  if (key.trim() === '') return [{ id: 'key-missing', message: 'The key is empty.' }];
  if (key !== key.trim()) {
    const what = /[\r\n]/.test(key) ? 'a line break' : /\t/.test(key) ? 'a tab' : 'spaces';
    const leading = key !== key.trimStart();
    const trimmedOnTheWay = !leading || scheme === 'raw';
    out.push(
      trimmedOnTheWay
        ? { id: 'key-whitespace', message: `The key starts or ends with ${what}; they are trimmed when it is sent, so it works, but trimming it here is tidier.`, fix: 'trim', severity: 'note' }
        : { id: 'key-whitespace', message: `The key starts or ends with ${what}; it would be sent as part of the key.`, fix: 'trim' },
    );
  }
  const core = key.trim();
  if (/^(["'`]).*\1$/s.test(core) && core.length >= 2) {
    out.push({ id: 'key-quoted', message: 'The key is wrapped in quotes; the quotes would be sent as part of the key.', fix: 'unquote' });
  }
  if (/^bearer\s/i.test(core)) {
    out.push({ id: 'key-bearer-prefix', message: 'The key starts with "Bearer "; it would go out as "Bearer Bearer …".', fix: 'strip-bearer' });
  }
  const inner = key.replace(/[\r\n\t ]/g, '');
  if (INVISIBLE.test(inner) || NON_ASCII.test(inner)) {
    out.push({ id: 'key-invisible-chars', message: 'The key contains invisible or non-ASCII characters (often from copying out of a web page or document).', fix: 'strip-invisible' });
  }
  // A custom host may be a gateway for any provider, so any provider's key can be right there.
  // So may a provider the user defined (no preset): a gateway, a second account.
  const preset = findPreset(providerId);
  const stripped = stripAll(core);
  const owner = !preset || providerId === 'custom' ? undefined : likelyOwner(stripped);
  // Google's OpenAI-compatible endpoint takes the same AIza… keys as its native one.
  const ownPrefix = (preset?.keyPrefixes ?? []).some((p) => stripped.startsWith(p) && p.length >= (owner?.len ?? 0));
  if (owner && owner.id !== providerId && !ownPrefix && !sharesPrefixWith(providerId, owner.id)) {
    out.push({ id: 'key-wrong-provider', message: `This looks like a ${owner.name} key, not one for this provider.` });
  }
  return out;
}

/** The key's problems that matter for sending it (notes left out). */
export function keyProblems(key: string, providerId: string, scheme: 'bearer' | 'raw' = 'bearer'): KeyWarning[] {
  return lintKey(key, providerId, scheme).filter((w) => w.severity !== 'note');
}

/** Applies one fix. Pure; the result is linted again by the caller. */
export function applyKeyFix(key: string, fix: KeyFix): string {
  switch (fix) {
    case 'trim':
      return key.trim();
    case 'unquote':
      return key.trim().replace(/^(["'`])(.*)\1$/s, '$2');
    case 'strip-bearer':
      return key.trim().replace(/^bearer\s+/i, '');
    case 'strip-invisible':
      return key.replace(/[^\x20-\x7E]/g, '');
  }
}

/** Applies every offered fix, in an order where each makes sense. */
export function applyAllKeyFixes(key: string): string {
  return stripAll(key);
}

function stripAll(key: string): string {
  let k = applyKeyFix(key, 'strip-invisible');
  k = applyKeyFix(k, 'trim');
  k = applyKeyFix(k, 'unquote');
  k = applyKeyFix(k, 'strip-bearer');
  return k.trim();
}

/** The preset whose prefix this key carries, longest prefix first (`sk-ant-` before `sk-`). */
function likelyOwner(key: string) {
  let best: { id: string; name: string; len: number } | undefined;
  for (const preset of PRESETS) {
    for (const prefix of preset.keyPrefixes) {
      if (key.startsWith(prefix) && (!best || prefix.length > best.len)) best = { id: preset.id, name: preset.name, len: prefix.length };
    }
  }
  return best;
}

// OpenAI-style `sk-` keys are legitimately used by many OpenAI-compatible hosts and gateways.
function sharesPrefixWith(providerId: string, ownerId: string): boolean {
  if (ownerId !== 'openai') return false;
  return !['anthropic', 'gemini', 'groq', 'xai', 'perplexity', 'fireworks', 'together', 'openrouter'].includes(providerId);
}
