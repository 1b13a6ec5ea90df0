import type { ProviderErrorInfo } from '../providers/types';
import { looksLikeHtml } from '../providers/error-body';

/**
 * What a provider's refusal means, read from its words and codes first and its status second:
 * hosts disagree on statuses (xAI refuses a key with 400, Gemini with 400 or 403, MiniMax with 200
 * and a `base_resp` code; DeepSeek and OpenRouter stop for billing with 402, OpenAI with 429).
 */
export type Refusal = 'key' | 'billing' | 'rate' | 'model' | 'overloaded';

// Billing words are specific, so they are read first: "insufficient_quota" is never a rate limit.
const BILLING = /insufficient[ _](balance|credits?|quota|funds|account balance)|exceeded your current quota|billing|payment required|credit balance|out of credits|more credits|arrearage|AccountOverdue|余额不足|欠费|账户余额|quota (is )?exhausted/i;
const KEY = new RegExp(
  [
    'incorrect api key',
    'invalid[ _-]?api[ _-]?key',
    'invalid key provided',
    'api[ _-]?key[ _-]?(not found|not valid|invalid|expired|is invalid|missing)',
    'API_KEY_INVALID',
    'invalid_authentication',
    'authentication[ _]?(error|fails|failed)',
    'unauthori[sz]ed',
    'invalid (bearer |access )?token',
    'token (is )?(invalid|expired)',
    'login fail',
    'reported as leaked',
    'no auth credentials',
    '(missing|no) api key',
    'invalid subscription key',
    'InvalidApiKey',
    'invalid_iam_token',
    'no credentials presented',
    'unauthenticated',
    'AuthenticationError',
    '令牌',
    '鉴权',
    '认证失败',
    '身份验证',
  ].join('|'),
  'i',
);
// On a 403 these also mean the credentials; elsewhere they are too broad to count.
const FORBIDDEN_WORDS = /api[ _-]?key|credential|permission|forbidden|x-api-key|denied/i;
const RATE = /rate[ _-]?limit|too many requests|requests per|tokens per minute|RESOURCE_EXHAUSTED/i;
// "model" as a word or error code; not "/models" in an "Invalid URL (GET /models)" message.
const MODEL = /\bmodel\b|model_not_found|model[_ ]not[_ ]found|\bmodels\/\S+ is not found|模型/i;
// A model that does not exist, said in words: enough on any status (a 400 that only mentions the
// model, such as "max_tokens is not supported with this model", is not about its existence).
const MODEL_MISSING = /model_not_found|model[_ ]not[_ ]found|(model|模型)\b.{0,80}(does not exist|not found|not exist|不存在)|unknown model|invalid model|no such model|模型不存在/i;
const OVERLOADED = /overloaded|server is busy|capacity|temporarily unavailable/i;

/** What a refusal says, from its status, the provider's error and the raw body. Pure. */
export function readRefusal(status: number | undefined, error: ProviderErrorInfo | undefined, bodyText?: string): Refusal | undefined {
  if (status === undefined) return undefined;
  const html = bodyText !== undefined && looksLikeHtml(bodyText);
  const words = `${error?.message ?? ''} ${error?.code ?? ''} ${error?.type ?? ''}${html ? '' : ` ${bodyText ?? ''}`}`;
  if (status === 402 || BILLING.test(words)) return 'billing';
  if (status === 401) return 'key';
  if (KEY.test(words)) return 'key';
  if (status === 403) return MODEL.test(words) ? 'model' : FORBIDDEN_WORDS.test(words) ? 'key' : undefined;
  if (status === 429 || RATE.test(words)) return 'rate';
  if (status === 503 || status === 529 || OVERLOADED.test(words)) return 'overloaded';
  if (status === 404) return MODEL.test(words) ? 'model' : undefined;
  return MODEL_MISSING.test(words) ? 'model' : undefined;
}
