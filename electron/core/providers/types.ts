import type { FinishReason, ToolCall, Usage } from '../../shared/chat';
import type { GenerationOptions, ModelInfo } from '../../shared/provider';
import type { AuthSpec, ProviderRegion } from '../../shared/provider';
import type { Protocol } from '../../shared/protocols';
import type { Timeouts } from '../net/timeouts';

/** Everything needed to address one request: preset + config + key, resolved. */
export interface ResolvedTarget {
  providerId: string;
  protocol: Protocol;
  baseUrl: string;
  model: string;
  auth: AuthSpec;
  key: string | undefined;
  headers: Record<string, string>;
  /** The provider's limits, with the defaults filled in. */
  timeouts: Timeouts;
  /** The provider's regional endpoints, when keys are bound to a region. */
  regions?: readonly ProviderRegion[];
}

/** A file in a request: an image, a PDF the protocol reads itself, or a document's text. */
export type WirePart = { kind: 'image'; name: string; mime: string; base64: string } | { kind: 'pdf'; name: string; base64: string } | { kind: 'text'; name: string; text: string };

/** A tool's output going back to the model, answering the call with this id. */
export interface WireToolResult {
  callId: string;
  name: string;
  content: string;
  isError?: boolean;
}

/**
 * A chat turn as sent to a provider; `parts` are its attachments, each protocol shapes them its own
 * way. An assistant turn may carry the tool calls it made; a `tool` turn carries their results.
 */
export interface WireMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  parts?: WirePart[];
  toolCalls?: ToolCall[];
  toolResults?: WireToolResult[];
}

/** A tool offered to the model: its name, what it does, and its arguments' JSON schema. */
export interface WireTool {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** A document's text as the model reads it: the file's name, then its content. Pure. */
export function documentText(part: { name: string; text: string }): string {
  return `<file name="${part.name.replace(/"/g, "'")}">\n${part.text}\n</file>`;
}

/** The provider's own error, made readable. */
export interface ProviderErrorInfo {
  status?: number;
  message: string;
  type?: string;
  code?: string;
}

/** What every protocol's stream parser yields, whatever the wire looked like. */
export type ChatEvent =
  | { type: 'text'; text: string }
  | { type: 'reasoning'; text: string }
  /** `signature`: opaque provider data that must go back with the call (Gemini's thoughtSignature). */
  | { type: 'tool-call-delta'; index: number; id?: string; name?: string; arguments?: string; signature?: string }
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; reason: FinishReason; raw?: string }
  /** The protocol's own end-of-answer marker (`[DONE]`, `message_stop`). */
  | { type: 'end' }
  | { type: 'error'; error: ProviderErrorInfo };

/** A request ready for the recording fetch. */
export interface WireRequest {
  url: string;
  method: 'GET' | 'POST' | 'DELETE';
  headers: Record<string, string>;
  body?: string;
  /** `manual` lets the doctor follow (and record) each redirect hop itself. */
  redirect?: 'follow' | 'manual';
}

/** Turns a growing byte stream (as text) into chat events; one per response. */
export interface StreamDecoder {
  push(text: string): ChatEvent[];
  end(): ChatEvent[];
}

/** One wire protocol: how to ask, how to read the answer, how to read a refusal. */
export interface ProtocolAdapter {
  protocol: Protocol;
  chatRequest(target: ResolvedTarget, messages: WireMessage[], stream: boolean, options?: GenerationOptions, tools?: readonly WireTool[]): WireRequest;
  modelsRequest(target: ResolvedTarget): WireRequest;
  parseModels(body: unknown): ModelInfo[];
  createStreamDecoder(): StreamDecoder;
  parseCompletion(body: unknown): ChatEvent[];
  parseError(status: number, bodyText: string): ProviderErrorInfo;
}
