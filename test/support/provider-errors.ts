/**
 * How each provider family answers a refused key, an empty balance and an unknown model: status and
 * body in that family's own shape (learned from the team's recordings, the providers' docs and
 * users' reports; written here by hand). The emulator answers with these, and the diagnosis tests
 * check that each one is read for what it is, whatever its status.
 */

/** One answer: status and body text. */
export interface ErrorAnswer {
  status: number;
  body: string;
}

/** A provider family's refusals. */
export interface FamilyErrors {
  keyRefused: ErrorAnswer;
  billing?: ErrorAnswer;
  modelUnknown?: ErrorAnswer;
}

const j = (value: unknown) => JSON.stringify(value);
const openAiShape = (message: string, type: string, code: string | null) => j({ error: { message, type, param: null, code } });

/** Every family the presets cover, by a name close to the preset id. */
export const FAMILY_ERRORS = {
  openai: {
    keyRefused: { status: 401, body: openAiShape('Incorrect API key provided: sk-fake***wxyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'invalid_request_error', 'invalid_api_key') },
    billing: { status: 429, body: openAiShape('You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota') },
    modelUnknown: { status: 404, body: openAiShape('The model `gpt-9` does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found') },
  },
  anthropic: {
    keyRefused: { status: 401, body: j({ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' }, request_id: 'req_emu01' }) },
    billing: { status: 400, body: j({ type: 'error', error: { type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.' } }) },
    modelUnknown: { status: 404, body: j({ type: 'error', error: { type: 'not_found_error', message: 'model: claude-sonet-4-5' }, request_id: 'req_emu02' }) },
  },
  gemini: {
    keyRefused: { status: 400, body: j({ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }] } }) },
    modelUnknown: { status: 404, body: j({ error: { code: 404, message: 'models/gemini-9 is not found for API version v1beta, or is not supported for generateContent.', status: 'NOT_FOUND' } }) },
  },
  'gemini-leaked': {
    keyRefused: { status: 403, body: j({ error: { code: 403, message: 'Your API key was reported as leaked. Please use another API key.', status: 'PERMISSION_DENIED' } }) },
  },
  'gemini-openai': {
    // The same refusal wrapped in an array.
    keyRefused: { status: 400, body: j([{ error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }] } }]) },
  },
  azure: {
    keyRefused: { status: 401, body: j({ error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.' } }) },
  },
  ollama: {
    keyRefused: { status: 401, body: j({ error: 'unauthorized' }) },
    modelUnknown: { status: 404, body: j({ error: "model 'llama9' not found, try pulling it first" }) },
  },
  together: {
    keyRefused: { status: 401, body: openAiShape('Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.', 'invalid_request_error', 'invalid_api_key') },
  },
  groq: {
    keyRefused: { status: 401, body: j({ error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' } }) },
    modelUnknown: { status: 404, body: j({ error: { message: 'The model `llama-9` does not exist or you do not have access to it.', type: 'invalid_request_error', code: 'model_not_found' } }) },
  },
  mistral: {
    keyRefused: { status: 401, body: j({ detail: 'Unauthorized' }) },
  },
  xai: {
    // A wrong key is a 400 with a string code, not a 401.
    keyRefused: { status: 400, body: j({ code: 'invalid-argument', error: 'Incorrect API key provided: xa***en. You can obtain an API key from https://console.x.ai.' }) },
  },
  deepseek: {
    keyRefused: { status: 401, body: openAiShape('Authentication Fails, Your api key: ****wxyz is invalid', 'authentication_error', 'invalid_request_error') },
    billing: { status: 402, body: openAiShape('Insufficient Balance', 'unknown_error', 'invalid_request_error') },
  },
  openrouter: {
    keyRefused: { status: 401, body: j({ error: { message: 'No auth credentials found', code: 401 } }) },
    billing: { status: 402, body: j({ error: { message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', code: 402 } }) },
  },
  minimax: {
    // The native API: HTTP 200 and a status code in base_resp.
    keyRefused: { status: 200, body: j({ id: '', choices: null, base_resp: { status_code: 2049, status_msg: 'invalid api key' } }) },
    billing: { status: 200, body: j({ id: '', choices: null, base_resp: { status_code: 1008, status_msg: 'insufficient balance' } }) },
  },
  'minimax-openai': {
    keyRefused: { status: 401, body: j({ type: 'error', error: { type: 'authorized_error', message: "login fail: Please carry the API secret key in the 'Authorization' field of the request header (1004)", http_code: '401' }, request_id: 'emu' }) },
  },
  moonshot: {
    keyRefused: { status: 401, body: j({ error: { message: 'Invalid Authentication', type: 'invalid_authentication_error' } }) },
    billing: { status: 429, body: j({ error: { message: 'Your account org-emu <ak-emu> is suspended due to insufficient balance, please recharge your account or check your plan and billing details', type: 'exceeded_current_quota_error' } }) },
  },
  zhipu: {
    keyRefused: { status: 401, body: j({ error: { code: '401', message: '令牌已过期或验证不正确！' } }) },
    billing: { status: 429, body: j({ error: { code: '1113', message: '您的账户已欠费，请充值后重试。' } }) },
  },
  dashscope: {
    keyRefused: { status: 401, body: j({ error: { message: 'Incorrect API key provided. ', type: 'invalid_request_error', param: null, code: 'invalid_api_key' }, request_id: 'emu' }) },
  },
  ark: {
    keyRefused: { status: 401, body: j({ error: { code: 'AuthenticationError', message: 'The API key or AK/SK in the request is missing or invalid. Request ID: emu', param: '', type: 'Unauthorized' } }) },
    billing: { status: 403, body: j({ error: { code: 'AccountOverdueError', message: 'The request failed because your account has an overdue balance.', param: '', type: 'Forbidden' } }) },
  },
  qianfan: {
    keyRefused: { status: 401, body: j({ error: { code: 'invalid_iam_token', message: 'IAM Certification failed', type: 'invalid_request_error' } }) },
  },
  hunyuan: {
    keyRefused: { status: 401, body: j({ error: { id: 'emu', message: 'Invalid API key', type: 'invalid_request_error', param: null, code: '401' } }) },
  },
  siliconflow: {
    // A bare JSON string.
    keyRefused: { status: 401, body: j('Invalid token') },
  },
} satisfies Record<string, FamilyErrors>;

/** A family name. */
export type Family = keyof typeof FAMILY_ERRORS;
