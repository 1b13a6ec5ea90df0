import { AppError } from '../../shared/errors';
import type { ChatMessage, Usage } from '../../shared/chat';
import type { GenerationOptions } from '../../shared/provider';
import { MAX_TOOL_STEPS, type ToolStep } from '../../shared/tools';
import type { RecordingFetch } from '../net/recording-fetch';
import { adapterFor } from '../providers/protocols';
import type { ResolvedTarget, WireMessage, WirePart, WireTool } from '../providers/types';
import type { AttachmentRef } from '../../shared/attachments';
import type { Protocol } from '../../shared/protocols';
import { refineModelCauses } from './refine-model-causes';
import { runChat, type ChatOutcome } from './run-chat';
import type { ToolContext, ToolHost } from './tool-host';
import { addUsage, refusesTools, stepWire } from './tool-wire';

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
  /** Tools to offer and run; without them the model is offered none. */
  tools?: ToolHost;
  /** The request and conversation this answer belongs to (for tool calls and their approvals). */
  turn?: { requestId: string; conversationId: string };
  /** A round of tool calls started, or a call changed state: the rounds so far (the text streamed since moves into the last). */
  onStep?(steps: readonly ToolStep[]): void;
}

// Offering tools must never cost the answer: a host that cannot list them offers none.
async function offered(host: ToolHost | undefined): Promise<WireTool[]> {
  if (!host) return [];
  try {
    return await host.offer();
  } catch {
    return [];
  }
}

// One request to the model, with the model causes refined and recorded on the exchange.
async function askOnce(input: StreamTurnInput, target: ResolvedTarget, messages: WireMessage[], tools: readonly WireTool[]): Promise<ChatOutcome> {
  const raw = await runChat({
    http: input.http,
    adapter: adapterFor(target.protocol),
    target,
    messages,
    stream: input.stream ?? true,
    signal: input.signal,
    ...(input.params ? { options: input.params } : {}),
    ...(tools.length ? { tools } : {}),
    onEvent: (event) => {
      if (event.type === 'text') input.onText(event.text);
      else if (event.type === 'reasoning') input.onReasoning(event.text);
    },
  });
  const outcome = await refineModelCauses(raw, target.model, () => input.listModelIds(target.providerId));
  if (outcome.exchange && outcome.error) input.http.annotate(outcome.exchange, outcome.error.causes);
  return outcome;
}

// Runs a round's calls side by side; each change of state is reported as it happens.
async function runRound(step: ToolStep, host: ToolHost, context: ToolContext, report: () => void): Promise<void> {
  await Promise.all(
    step.calls.map(async (call, i) => {
      step.calls[i] = await host.run(call, context, (run) => {
        step.calls[i] = run;
        report();
      });
      report();
    }),
  );
}

function settle(final: ChatMessage, outcome: ChatOutcome, signal: AbortSignal, usage: Usage | undefined, exchangeIds: string[]): void {
  final.content = outcome.text;
  if (outcome.reasoning) final.reasoning = outcome.reasoning;
  if (outcome.toolCalls.length) final.toolCalls = outcome.toolCalls;
  if (usage) final.usage = usage;
  final.finishReason = outcome.finishReason ?? (outcome.error ? 'error' : 'stop');
  if (exchangeIds.length) final.exchangeIds = exchangeIds;
  if (outcome.error) final.error = outcome.error;
  final.status = signal.aborted ? 'aborted' : outcome.error ? 'error' : 'done';
}

/**
 * Streams one answer and returns the assistant message in its final form: the text that arrived,
 * usage, tool calls, how it ended, and the error with its causes when it failed. With tools, the
 * model's calls run (with approval) and their results go back until it answers, or until
 * MAX_TOOL_STEPS rounds. Never throws.
 */
export async function streamTurn(input: StreamTurnInput): Promise<ChatMessage> {
  const { message, signal } = input;
  const final: ChatMessage = { ...message };
  const steps: ToolStep[] = [];
  try {
    const target = await input.resolveTarget(message.providerId ?? '', message.model ?? '');
    // Files become parts now that the protocol is known (a PDF read natively, or its text).
    let messages: WireMessage[] = input.wire.map(({ attachments, ...m }) => (attachments?.length && input.partOf ? { ...m, parts: attachments.map((a) => input.partOf!(a, target.protocol)) } : m));
    let tools = await offered(input.tools);
    const exchangeIds: string[] = [];
    let usage: Usage | undefined;
    for (;;) {
      let outcome = await askOnce(input, target, messages, tools);
      if (outcome.exchange) exchangeIds.push(outcome.exchange.id);
      // A model without tools: ask again without them rather than fail every turn of a user with MCP servers.
      if (tools.length && !steps.length && outcome.error && refusesTools(outcome.error.status, outcome.error.message)) {
        tools = [];
        final.toolsRefused = true;
        outcome = await askOnce(input, target, messages, tools);
        if (outcome.exchange) exchangeIds.push(outcome.exchange.id);
      }
      usage = addUsage(usage, outcome.usage);
      const wantsTools = !!input.tools && tools.length > 0 && outcome.toolCalls.length > 0 && !outcome.error && !signal.aborted;
      if (!wantsTools || steps.length >= MAX_TOOL_STEPS) {
        settle(final, outcome, signal, usage, exchangeIds);
        if (wantsTools) final.error = { message: `Stopped after ${MAX_TOOL_STEPS} rounds of tool calls; the last calls did not run. Ask again to continue.`, causes: [] };
        break;
      }
      const step: ToolStep = { text: outcome.text, ...(outcome.reasoning ? { reasoning: outcome.reasoning } : {}), calls: outcome.toolCalls.map((c) => ({ ...c, state: 'pending' })), ...(outcome.exchange ? { exchangeId: outcome.exchange.id } : {}) };
      steps.push(step);
      input.onStep?.(steps);
      const context: ToolContext = { requestId: input.turn?.requestId ?? '', conversationId: input.turn?.conversationId ?? '', messageId: message.id, signal };
      await runRound(step, input.tools!, context, () => input.onStep?.(steps));
      messages = [...messages, ...stepWire(step)];
      if (signal.aborted) {
        Object.assign(final, { content: '', status: 'aborted', finishReason: 'aborted', exchangeIds, ...(usage ? { usage } : {}) });
        break;
      }
    }
  } catch (error) {
    final.status = 'error';
    final.finishReason = 'error';
    final.error = { message: error instanceof Error ? error.message : String(error), causes: error instanceof AppError && error.causes ? error.causes : [] };
  }
  if (steps.length) final.steps = steps;
  return final;
}
