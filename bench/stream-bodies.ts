/**
 * Streamed answers of `n` text deltas in each protocol's wire format, shaped like the recorded
 * traffic of real providers (field order, ids, per-chunk metadata), for the parse benchmark.
 */
import type { Protocol } from '../electron/shared/protocols';

/** The protocols whose stream parsing is benchmarked, with how each is framed. */
export type BenchProtocol = Extract<Protocol, 'openai-chat' | 'anthropic' | 'openai-responses' | 'gemini'>;

export const BENCH_PROTOCOLS: readonly BenchProtocol[] = ['openai-chat', 'anthropic', 'openai-responses', 'gemini'];

function openAiChatBody(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(`data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[{"index":0,"delta":{"content":"tok${i} "},"logprobs":null,"finish_reason":null}],"usage":null}\n\n`);
  }
  parts.push('data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null}\n\n');
  parts.push(`data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":${n},"total_tokens":${n + 1}}}\n\n`);
  parts.push('data: [DONE]\n\n');
  return parts.join('');
}

function anthropicBody(n: number): string {
  const parts: string[] = [
    'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_bench","type":"message","role":"assistant","model":"bench","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":1}}}\n\n',
    'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n',
    'event: ping\ndata: {"type": "ping"}\n\n',
  ];
  for (let i = 0; i < n; i++) parts.push(`event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"tok${i} "}}\n\n`);
  parts.push('event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n');
  parts.push(`event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":${n}}}\n\n`);
  parts.push('event: message_stop\ndata: {"type":"message_stop"}\n\n');
  return parts.join('');
}

function responsesBody(n: number): string {
  const item = 'msg_bench0000000000000000000000000000000000000000000000';
  const parts: string[] = [
    'event: response.created\ndata: {"type":"response.created","response":{"id":"resp_bench","object":"response","created_at":1,"status":"in_progress","model":"bench","output":[]},"sequence_number":0}\n\n',
    `event: response.output_item.added\ndata: {"type":"response.output_item.added","item":{"id":"${item}","type":"message","status":"in_progress","content":[],"role":"assistant"},"output_index":0,"sequence_number":1}\n\n`,
    `event: response.content_part.added\ndata: {"type":"response.content_part.added","content_index":0,"item_id":"${item}","output_index":0,"part":{"type":"output_text","annotations":[],"logprobs":[],"text":""},"sequence_number":2}\n\n`,
  ];
  for (let i = 0; i < n; i++) {
    parts.push(`event: response.output_text.delta\ndata: {"type":"response.output_text.delta","content_index":0,"delta":"tok${i} ","item_id":"${item}","logprobs":[],"obfuscation":"AbCdEfGh","output_index":0,"sequence_number":${i + 3}}\n\n`);
  }
  parts.push(`event: response.output_item.done\ndata: {"type":"response.output_item.done","item":{"id":"${item}","type":"message","status":"completed","content":[{"type":"output_text","annotations":[],"logprobs":[],"text":"…"}],"role":"assistant"},"output_index":0,"sequence_number":${n + 3}}\n\n`);
  parts.push(`event: response.completed\ndata: {"type":"response.completed","response":{"id":"resp_bench","object":"response","created_at":1,"status":"completed","model":"bench","output":[],"usage":{"input_tokens":12,"output_tokens":${n},"total_tokens":${n + 12}}},"sequence_number":${n + 4}}\n\n`);
  return parts.join('');
}

// Gemini's `alt=sse` separates events with CRLF.
function geminiBody(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    parts.push(
      `data: {"candidates": [{"content": {"parts": [{"text": "tok${i} "}],"role": "model"}${last ? ',"finishReason": "STOP"' : ''},"index": 0}],"usageMetadata": {"promptTokenCount": 12,"candidatesTokenCount": ${i + 1},"totalTokenCount": ${i + 13}},"modelVersion": "bench","responseId": "bench-response"}\r\n\r\n`,
    );
  }
  return parts.join('');
}

/** A streamed answer of `n` text deltas in `protocol`'s wire format. */
export function streamBody(protocol: BenchProtocol, n: number): string {
  switch (protocol) {
    case 'openai-chat':
      return openAiChatBody(n);
    case 'anthropic':
      return anthropicBody(n);
    case 'openai-responses':
      return responsesBody(n);
    case 'gemini':
      return geminiBody(n);
  }
}
