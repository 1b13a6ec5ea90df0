import type { ProviderErrorInfo } from './types';
import { asRecord, num, str, tryParseJson } from './json';

/** True when a body that should be JSON is an HTML page (proxy, captive portal, CDN error). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text);
}

function htmlTitle(text: string): string | undefined {
  return /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() || undefined;
}

/**
 * Reads any provider's error body into one shape. Handles OpenAI-style `{error:{message,type,code}}`,
 * Anthropic's `{type:'error',error:{...}}`, Google's rpc Status (integer code + status + details),
 * OpenRouter's integer codes, Azure's string codes, Mistral's bare `{message}`/`{detail}`, Ollama's
 * string `error`, HTML pages and plain text.
 */
export function parseErrorBody(status: number, bodyText: string): ProviderErrorInfo {
  const base: ProviderErrorInfo = { status, message: '' };
  if (looksLikeHtml(bodyText)) {
    const title = htmlTitle(bodyText);
    return { ...base, message: `The server answered with an HTML page${title ? ` ("${title}")` : ''} instead of JSON`, type: 'html' };
  }
  const json = asRecord(tryParseJson(bodyText));
  if (!json) {
    const text = bodyText.trim();
    return { ...base, message: text ? text.slice(0, 500) : `HTTP ${status} with an empty body` };
  }
  const error = json.error;
  if (typeof error === 'string') return { ...base, message: error };
  const inner = asRecord(error);
  if (inner) {
    const code = inner.code;
    const details = Array.isArray(inner.details) ? inner.details.map(asRecord) : [];
    const reason = details.map((d) => str(d?.reason)).find(Boolean);
    // OpenRouter hides the upstream provider's words in metadata.raw; they are the useful part.
    const raw = str(asRecord(inner.metadata)?.raw);
    const message = str(inner.message) ?? JSON.stringify(inner).slice(0, 500);
    return {
      ...base,
      message: raw && !message.includes(raw) ? `${message}: ${raw}` : message,
      ...(str(inner.type) ?? str(inner.status) ? { type: str(inner.type) ?? str(inner.status) } : {}),
      ...(reason ? { code: reason } : typeof code === 'string' ? { code } : num(code) !== undefined ? { code: String(code) } : {}),
    };
  }
  const message = str(json.message) ?? str(json.detail) ?? (json.detail !== undefined ? JSON.stringify(json.detail) : undefined);
  return { ...base, message: message ?? bodyText.slice(0, 500), ...(str(json.type) ? { type: str(json.type) } : {}) };
}
