import { AppError } from '../../shared/errors';
import type { AuthSummary, Exchange } from '../../shared/exchange';
import { redactHeaders, redactUrl, requestSecrets, SECRET_HEADERS, summarizeAuth } from './redact';
import { elideBinary } from './elide';
import { asRecord, str } from '../providers/json';

function headersOf(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of Array.isArray(list) ? list.map(asRecord) : []) if (h && typeof h.name === 'string' && typeof h.value === 'string') out[h.name] = h.value;
  return out;
}

// A redacted value as Switchboard writes it: "Bearer tgp_…6789 (51 chars, sha256 1a2b3c4d)".
const REDACTED = /^(?:(\S+) )?(\S*…\S*) \((\d+) chars, sha256 ([0-9a-f]{8})\)$/;

// The auth of an entry: Switchboard's own note, else read from a redacted header, else summarized
// from a raw header of another tool's HAR (then redacted like any request).
function authOf(entry: Record<string, unknown>, headers: Record<string, string>): AuthSummary {
  const own = asRecord(asRecord(entry._switchboard)?.auth);
  if (own && typeof own.header === 'string') return own as unknown as AuthSummary;
  const hit = Object.entries(headers).find(([k]) => SECRET_HEADERS.has(k.toLowerCase()) && k.toLowerCase() !== 'cookie');
  const m = hit ? REDACTED.exec(hit[1]) : null;
  if (hit && m) return { header: hit[0], present: true, empty: false, ...(m[1] ? { scheme: m[1] } : {}), masked: m[2]!, length: Number(m[3]), fingerprint: m[4]! };
  return summarizeAuth(headers, hit?.[0] ?? 'Authorization');
}

/**
 * The entries of a HAR file as exchanges, for comparing. A HAR written by another tool may carry
 * real credentials: they are summarized (masked, length, fingerprint) and redacted on reading, and
 * never kept. A file that is not HAR says so.
 */
export function readHar(text: string): Exchange[] {
  let root: Record<string, unknown> | undefined;
  try {
    root = asRecord(JSON.parse(text));
  } catch (error) {
    throw new AppError('bad-har', `This is not a HAR file: it is not JSON (${(error as Error).message}).`);
  }
  const entries = asRecord(root?.log)?.entries;
  if (!Array.isArray(entries)) throw new AppError('bad-har', 'This is not a HAR file: it has no log.entries.');
  return entries.map(asRecord).flatMap((entry, i): Exchange[] => {
    const req = asRecord(entry?.request);
    const res = asRecord(entry?.response);
    if (!entry || !req || typeof req.url !== 'string') return [];
    const rawHeaders = headersOf(req.headers);
    const secrets = requestSecrets(rawHeaders, req.url);
    const status = typeof res?.status === 'number' ? res.status : 0;
    const body = str(asRecord(req.postData)?.text);
    const note = asRecord(entry._switchboard);
    return [
      {
        id: `har-${i + 1}`,
        startedAt: Date.parse(str(entry.startedDateTime) ?? '') || 0,
        purpose: (str(note?.purpose) as Exchange['purpose']) ?? 'other',
        ...(str(note?.providerId) ? { providerId: str(note?.providerId)! } : {}),
        method: str(req.method) ?? 'GET',
        url: redactUrl(req.url, secrets),
        request: { headers: redactHeaders(rawHeaders, secrets), ...(body !== undefined ? { body: secrets.scrub(elideBinary(body)) } : {}) },
        ...(status ? { response: { status, statusText: str(res?.statusText) ?? '', headers: redactHeaders(headersOf(res?.headers), secrets), ...(str(asRecord(res?.content)?.text) !== undefined ? { body: secrets.scrub(str(asRecord(res?.content)?.text)!) } : {}) } } : {}),
        timing: { ...(typeof entry.time === 'number' ? { totalMs: entry.time } : {}) },
        state: status ? 'done' : 'failed',
        ...(str(res?._error) ? { error: secrets.scrub(str(res?._error)!) } : {}),
        auth: authOf(entry, rawHeaders),
        ...(str(note?.proxy) ? { proxy: str(note?.proxy)! } : {}),
      },
    ];
  });
}
