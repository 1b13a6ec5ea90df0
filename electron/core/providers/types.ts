/** Wire protocols Switchboard speaks; a preset names one, `--protocol` can override it. */
export const PROTOCOLS = ['openai-chat', 'openai-responses', 'anthropic', 'gemini', 'ollama', 'azure'] as const;
/** One of PROTOCOLS. */
export type Protocol = (typeof PROTOCOLS)[number];

/** How a provider expects its key: which header, with or without `Bearer `, and whether it is needed. */
export interface AuthSpec {
  header: string;
  scheme: 'bearer' | 'raw';
  requirement: 'required' | 'optional' | 'none';
}

/** A provider as shipped: pure data, stable id. */
export interface ProviderPreset {
  id: string;
  name: string;
  protocol: Protocol;
  baseUrl: string;
  auth: AuthSpec;
  keyEnv?: string;
  modelsPath: string;
  /** Key prefixes this provider issues; used to spot a key pasted into the wrong provider. */
  keyPrefixes: string[];
  /** Runs on the user's own machine (no key needed, http is fine). */
  local: boolean;
  exampleModel?: string;
}

/** A user's settings for one provider, layered over its preset. */
export interface ProviderConfig {
  baseUrl?: string;
  protocol?: Protocol;
  model?: string;
  headers?: Record<string, string>;
}

/** Everything needed to address one request: preset + config + key, resolved. */
export interface ResolvedTarget {
  providerId: string;
  protocol: Protocol;
  baseUrl: string;
  model: string;
  auth: AuthSpec;
  key: string | undefined;
  headers: Record<string, string>;
}

/** A chat turn as sent to a provider. */
export interface WireMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Token counts, as reported by the provider. */
export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
  /** Time the model spent generating the output, when the host reports it (Ollama, in ns on the wire). */
  generationMs?: number;
}

/** A tool call the model asked for (shown to the user, never executed). */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** Why generation stopped, normalised across providers. */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'refusal' | 'error' | 'aborted' | 'unknown';

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
  | { type: 'tool-call-delta'; index: number; id?: string; name?: string; arguments?: string }
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; reason: FinishReason; raw?: string }
  | { type: 'error'; error: ProviderErrorInfo };

/** A model as listed by a host. */
export interface ModelInfo {
  id: string;
  ownedBy?: string;
}

/** Sampling settings a conversation may set; a protocol sends only those it has a field for. */
export interface GenerationOptions {
  temperature?: number;
  maxTokens?: number;
}

/** A request ready for the recording fetch. */
export interface WireRequest {
  url: string;
  method: 'GET' | 'POST';
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
  chatRequest(target: ResolvedTarget, messages: WireMessage[], stream: boolean, options?: GenerationOptions): WireRequest;
  modelsRequest(target: ResolvedTarget): WireRequest;
  parseModels(body: unknown): ModelInfo[];
  createStreamDecoder(): StreamDecoder;
  parseCompletion(body: unknown): ChatEvent[];
  parseError(status: number, bodyText: string): ProviderErrorInfo;
}
