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
 * MiniMax's native envelope: HTTP 200 with `base_resp: {status_code, status_msg}`, where any code
 * but 0 is a failure (1004 a refused key, 1008 no balance). Returns it when the body carries one.
 */
export function readBaseResp(json: Record<string, unknown> | undefined): ProviderErrorInfo | undefined {
  const base = asRecord(json?.base_resp);
  const code = num(base?.status_code);
  if (!base || code === undefined || code === 0) return undefined;
  return { message: str(base.status_msg) ?? `Error ${code}`, code: String(code) };
}

/**
 * Reads any provider's error body into one shape. Handles OpenAI-style `{error:{message,type,code}}`,
 * Anthropic's `{type:'error',error:{...}}`, Google's rpc Status (integer code + status + details),
 * the same wrapped in an array (Gemini's OpenAI-compatible endpoint), OpenRouter's integer codes,
 * Azure's string codes, xAI's `{code, error}` strings, MiniMax's `base_resp`, Mistral's bare
 * `{message}`/`{detail}`, Ollama's string `error`, HTML pages and plain text.
 */
export function parseErrorBody(status: number, bodyText: string): ProviderErrorInfo {
  const base: ProviderErrorInfo = { status, message: '' };
  if (looksLikeHtml(bodyText)) {
    const title = htmlTitle(bodyText);
    return { ...base, message: `The server answered with an HTML page${title ? ` ("${title}")` : ''} instead of JSON`, type: 'html' };
  }
  const parsed = tryParseJson(bodyText);
  // SiliconFlow refuses a key with a bare JSON string: "Invalid token".
  if (typeof parsed === 'string') return { ...base, message: parsed || `HTTP ${status} with an empty message` };
  const json = asRecord(Array.isArray(parsed) && parsed.length ? parsed[0] : parsed);
  if (!json) {
    const text = bodyText.trim();
    return { ...base, message: text ? text.slice(0, 500) : `HTTP ${status} with an empty body` };
  }
  const baseResp = readBaseResp(json);
  if (baseResp) return { ...base, ...baseResp };
  const error = json.error;
  if (typeof error === 'string') return { ...base, message: error, ...(str(json.code) ? { code: str(json.code) } : {}) };
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

/**
 * An error carried by a 2xx answer (MiniMax's `base_resp`, a top-level `error` object where a list
 * or completion belongs), or undefined for a real success. Pure.
 */
export function errorInSuccess(bodyText: string): ProviderErrorInfo | undefined {
  const json = asRecord(tryParseJson(bodyText));
  if (!json) return undefined;
  const baseResp = readBaseResp(json);
  if (baseResp) return { status: 200, ...baseResp };
  if (json.error && typeof json.error === 'object' && json.data === undefined && json.choices === undefined) return parseErrorBody(200, bodyText);
  return undefined;
}
