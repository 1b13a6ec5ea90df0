import { AppError } from '../../shared/errors';
import type { ChatMessage } from '../../shared/chat';
import type { GenerationOptions } from '../../shared/provider';
import type { RecordingFetch } from '../net/recording-fetch';
import { adapterFor } from '../providers/protocols';
import type { ResolvedTarget, WireMessage, WirePart } from '../providers/types';
import type { AttachmentRef } from '../../shared/attachments';
import type { Protocol } from '../../shared/protocols';
import { refineModelCauses } from './refine-model-causes';
import { runChat } from './run-chat';

/** A message of the conversation on its way to the wire: its attachments become the protocol's parts. */
export type TurnMessage = WireMessage & { attachments?: AttachmentRef[] };

/** One answer's inputs: where to send it, what to send, where the text goes as it arrives. */
export interface StreamTurnInput {
  http: RecordingFetch;
  resolveTarget(providerId: string, model: string): Promise<ResolvedTarget>;
  listModelIds(providerId: string): Promise<readonly string[]>;
  message: ChatMessage;
  wire: TurnMessage[];
  partOf?(ref: AttachmentRef, protocol: Protocol): WirePart;
  stream?: boolean;
  signal: AbortSignal;
  params?: GenerationOptions;
  onText(text: string): void;
  onReasoning(text: string): void;
}

/**
 * Streams one answer and returns the assistant message in its final form: the text that arrived,
 * usage, tool calls, how it ended, and the error with its causes when it failed. Never throws.
 */
export async function streamTurn(input: StreamTurnInput): Promise<ChatMessage> {
  const { http, message, signal } = input;
  const final: ChatMessage = { ...message };
  try {
    const target = await input.resolveTarget(message.providerId ?? '', message.model ?? '');
    // Files become parts now that the protocol is known (a PDF read natively, or its text).
    const messages: WireMessage[] = input.wire.map(({ attachments, ...m }) => (attachments?.length && input.partOf ? { ...m, parts: attachments.map((a) => input.partOf!(a, target.protocol)) } : m));
    const raw = await runChat({
      http,
      adapter: adapterFor(target.protocol),
      target,
      messages,
      stream: input.stream ?? true,
      signal,
      ...(input.params ? { options: input.params } : {}),
      onEvent: (event) => {
        if (event.type === 'text') input.onText(event.text);
        else if (event.type === 'reasoning') input.onReasoning(event.text);
      },
    });
    const outcome = await refineModelCauses(raw, target.model, () => input.listModelIds(target.providerId));
    if (outcome.exchange && outcome.error) http.annotate(outcome.exchange, outcome.error.causes);
    final.content = outcome.text;
    if (outcome.reasoning) final.reasoning = outcome.reasoning;
    if (outcome.toolCalls.length) final.toolCalls = outcome.toolCalls;
    if (outcome.usage) final.usage = outcome.usage;
    final.finishReason = outcome.finishReason ?? (outcome.error ? 'error' : 'stop');
    if (outcome.exchange) final.exchangeIds = [outcome.exchange.id];
    if (outcome.error) final.error = outcome.error;
    final.status = signal.aborted ? 'aborted' : outcome.error ? 'error' : 'done';
  } catch (error) {
    final.status = 'error';
    final.finishReason = 'error';
    final.error = { message: error instanceof Error ? error.message : String(error), causes: error instanceof AppError && error.causes ? error.causes : [] };
  }
  return final;
}
