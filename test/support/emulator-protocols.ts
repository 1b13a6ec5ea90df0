/**
 * Wire formats the emulator speaks, one writer per protocol, each reproducing its host's quirks:
 * SSE with `event:` lines (Anthropic, Responses), CRLF-separated SSE (Gemini), NDJSON (Ollama),
 * data-only SSE with `[DONE]` (OpenAI-compatible, Azure). Error bodies are shaped like each
 * provider's real ones (see the team's recorded fixtures).
 */

/** The auth failure each provider answers with. */
export const AUTH_FAILURES = {
  together: { status: 401, body: '{ "error": { "message": "Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key" } }' },
  openai: {
    status: 401,
    // OpenAI pretty-prints its error bodies.
    body: '{\n    "error": {\n        "message": "Incorrect API key provided: sk-fake***********wxyz. You can find your API key at https://platform.openai.com/account/api-keys.",\n        "type": "invalid_request_error",\n        "param": null,\n        "code": "invalid_api_key"\n    }\n}\n',
  },
  anthropic: { status: 401, body: '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_emu0001"}' },
  gemini: {
    status: 400,
    body: '{\n  "error": {\n    "code": 400,\n    "message": "API key not valid. Please pass a valid API key.",\n    "status": "INVALID_ARGUMENT",\n    "details": [\n      {\n        "@type": "type.googleapis.com/google.rpc.ErrorInfo",\n        "reason": "API_KEY_INVALID",\n        "domain": "googleapis.com"\n      }\n    ]\n  }\n}\n',
  },
  azure: { status: 401, body: '{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}' },
  ollama: { status: 401, body: '{"error": "unauthorized"}' },
} as const;

/** Which wire format to write. */
export type EmulatedProtocol = 'openai-chat' | 'openai-responses' | 'anthropic' | 'gemini' | 'ollama';

/** What to stream: text pieces, optional reasoning pieces, usage. */
export interface Script {
  model: string;
  pieces: string[];
  reasoning?: string[];
  inputTokens: number;
}

const sse = (data: object, event?: string) => `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;

/** The frames of a successful streamed answer, in order. */
export function streamFrames(protocol: EmulatedProtocol, s: Script): string[] {
  const out = s.pieces.length;
  switch (protocol) {
    case 'openai-chat': {
      const chunk = (delta: object, finish: string | null = null) => sse({ id: 'chatcmpl-emu0001', object: 'chat.completion.chunk', model: s.model, choices: [{ index: 0, delta, finish_reason: finish }], usage: null });
      return [
        ': keep-alive\n\n',
        chunk({ role: 'assistant', content: '' }),
        ...(s.reasoning ?? []).map((r) => chunk({ reasoning_content: r })),
        ...s.pieces.map((p) => chunk({ content: p })),
        chunk({}, 'stop'),
        sse({ id: 'chatcmpl-emu0001', object: 'chat.completion.chunk', model: s.model, choices: [], usage: { prompt_tokens: s.inputTokens, completion_tokens: out, total_tokens: s.inputTokens + out } }),
        'data: [DONE]\n\n',
      ];
    }
    case 'openai-responses': {
      let seq = 0;
      const ev = (type: string, rest: object) => sse({ type, sequence_number: seq++, ...rest }, type);
      const response = (status: string, extra: object = {}) => ({ id: 'resp_emu0001', object: 'response', status, model: s.model, output: [], ...extra });
      return [
        ev('response.created', { response: response('in_progress') }),
        ev('response.in_progress', { response: response('in_progress') }),
        ...(s.reasoning ?? []).map((r) => ev('response.reasoning_summary_text.delta', { item_id: 'rs_1', output_index: 0, summary_index: 0, delta: r })),
        ev('response.output_item.added', { output_index: 1, item: { type: 'message', id: 'msg_1', role: 'assistant', content: [] } }),
        ...s.pieces.map((p) => ev('response.output_text.delta', { item_id: 'msg_1', output_index: 1, content_index: 0, delta: p, obfuscation: 'x' })),
        ev('response.completed', { response: response('completed', { usage: { input_tokens: s.inputTokens, output_tokens: out, total_tokens: s.inputTokens + out, output_tokens_details: { reasoning_tokens: 0 } } }) }),
      ];
    }
    case 'anthropic': {
      // Anthropic pads its JSON with spaces before the closing brace.
      const ev = (type: string, rest: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...rest }).replace(/}$/, '     }')}\n\n`;
      const blocks: string[] = [];
      let index = 0;
      if (s.reasoning?.length) {
        blocks.push(ev('content_block_start', { index, content_block: { type: 'thinking', thinking: '' } }));
        for (const r of s.reasoning) blocks.push(ev('content_block_delta', { index, delta: { type: 'thinking_delta', thinking: r } }));
        blocks.push(ev('content_block_delta', { index, delta: { type: 'signature_delta', signature: 'c2lnbmF0dXJl' } }), ev('content_block_stop', { index }));
        index++;
      }
      return [
        ev('message_start', { message: { id: 'msg_emu0001', type: 'message', role: 'assistant', model: s.model, content: [], stop_reason: null, usage: { input_tokens: s.inputTokens, output_tokens: 1 } } }),
        ...blocks,
        ev('content_block_start', { index, content_block: { type: 'text', text: '' } }),
        'event: ping\ndata: {"type": "ping"}\n\n',
        ...s.pieces.map((p) => ev('content_block_delta', { index, delta: { type: 'text_delta', text: p } })),
        ev('content_block_stop', { index }),
        ev('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: out } }),
        ev('message_stop', {}),
      ];
    }
    case 'gemini': {
      // Gemini separates events with CRLF CRLF and sends finishReason only on the last chunk.
      const ev = (parts: object[], last = false) =>
        `data: ${JSON.stringify({ candidates: [{ content: { parts, role: 'model' }, index: 0, ...(last ? { finishReason: 'STOP' } : {}) }], usageMetadata: { promptTokenCount: s.inputTokens, ...(last ? { candidatesTokenCount: out, totalTokenCount: s.inputTokens + out } : {}) }, modelVersion: s.model })}\r\n\r\n`;
      return [...(s.reasoning ?? []).map((r) => ev([{ text: r, thought: true }])), ...s.pieces.map((p) => ev([{ text: p }])), ev([{ text: '' }], true)];
    }
    case 'ollama': {
      const line = (o: object) => `${JSON.stringify({ model: s.model, created_at: '2026-11-26T10:00:00Z', ...o })}\n`;
      return [
        ...(s.reasoning ?? []).map((r) => line({ message: { role: 'assistant', content: '', thinking: r }, done: false })),
        ...s.pieces.map((p) => line({ message: { role: 'assistant', content: p }, done: false })),
        line({ message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop', total_duration: 182242375, prompt_eval_count: s.inputTokens, eval_count: out, eval_duration: 115959084 }),
      ];
    }
  }
}

/** The whole (non-streamed) answer body. */
export function completionBody(protocol: EmulatedProtocol, s: Script): object {
  const text = s.pieces.join('');
  const out = s.pieces.length;
  switch (protocol) {
    case 'openai-chat':
      return { id: 'chatcmpl-emu0001', object: 'chat.completion', model: s.model, choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }], usage: { prompt_tokens: s.inputTokens, completion_tokens: out, total_tokens: s.inputTokens + out } };
    case 'openai-responses':
      return { id: 'resp_emu0001', object: 'response', status: 'completed', model: s.model, output: [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text }] }], usage: { input_tokens: s.inputTokens, output_tokens: out, total_tokens: s.inputTokens + out } };
    case 'anthropic':
      return { id: 'msg_emu0001', type: 'message', role: 'assistant', model: s.model, content: [{ type: 'text', text }], stop_reason: 'end_turn', usage: { input_tokens: s.inputTokens, output_tokens: out } };
    case 'gemini':
      return { candidates: [{ content: { parts: [{ text }], role: 'model' }, finishReason: 'STOP', index: 0 }], usageMetadata: { promptTokenCount: s.inputTokens, candidatesTokenCount: out, totalTokenCount: s.inputTokens + out } };
    case 'ollama':
      return { model: s.model, message: { role: 'assistant', content: text }, done: true, done_reason: 'stop', prompt_eval_count: s.inputTokens, eval_count: out };
  }
}

/** Content type of a streamed answer. */
export function streamContentType(protocol: EmulatedProtocol): string {
  return protocol === 'ollama' ? 'application/x-ndjson' : 'text/event-stream; charset=utf-8';
}
