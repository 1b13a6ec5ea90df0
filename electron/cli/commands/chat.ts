import type { ChatOutcome } from '../../core/chat/run-chat';
import { streamTurn, type TurnMessage } from '../../core/chat/stream-turn';
import type { ToolHost } from '../../core/chat/tool-host';
import { fetchModelList } from '../../core/providers/fetch-models';
import { adapterFor } from '../../core/providers/protocols';
import { randomId } from '../../core/clock';
import type { ChatMessage } from '../../shared/chat';
import type { ToolStep } from '../../shared/tools';
import type { CliArgs } from '../args';
import { cliNetwork, cliTarget, type CliIo } from '../context';
import { causeLines, exchangeJson, jsonText } from '../output';
import { UsageError } from '../usage';
import { addAttachments, checkAttachFiles } from '../attach';
import { chatIntoHistory } from './chat-history';
import { cliMcp, cliToolHost, mcpLogJson, readMcpConfig } from '../mcp-setup';
import { toolProgress } from '../tool-progress';

/** What `chat --json` adds when tools ran: the rounds of calls and the messages with each server. */
interface ToolJson {
  steps?: ToolStep[];
  mcp?: ReturnType<typeof mcpLogJson>;
}

/** The JSON result of `chat --json` (DESIGN.md). Pure. */
export function chatJson(outcome: ChatOutcome, exchanges: unknown[], extra: { conversationId?: string; aborted?: boolean } & ToolJson = {}) {
  return {
    text: outcome.text,
    ...(outcome.reasoning ? { reasoning: outcome.reasoning } : {}),
    finishReason: outcome.finishReason ?? null,
    ...(outcome.usage ? { usage: outcome.usage } : {}),
    ...(outcome.toolCalls.length ? { toolCalls: outcome.toolCalls } : {}),
    ...(extra.steps?.length ? { steps: extra.steps } : {}),
    ...(extra.conversationId ? { conversationId: extra.conversationId } : {}),
    ...(extra.aborted ? { aborted: true } : {}),
    ...(outcome.error ? { error: { ...(outcome.error.status ? { status: outcome.error.status } : {}), message: outcome.error.message, causes: outcome.error.causes } } : {}),
    exchanges,
    ...(extra.mcp ? { mcp: extra.mcp } : {}),
  };
}

/** A finished answer as the CLI's outcome. Pure. */
export function outcomeOf(message: ChatMessage): ChatOutcome {
  return { text: message.content, reasoning: message.reasoning ?? '', toolCalls: message.toolCalls ?? [], ...(message.usage ? { usage: message.usage } : {}), ...(message.finishReason ? { finishReason: message.finishReason } : {}), ...(message.error ? { error: message.error } : {}) };
}

/**
 * `chat`: one message, the answer streamed to the terminal (or one JSON object). With --data-dir
 * the turn is kept in that history, like the desktop app's. With --mcp-config the servers' tools
 * are offered and the model's calls run (as --approve says). Ctrl-C stops the answer and still
 * prints what arrived (with `"aborted": true` in JSON). A cut-off answer exits 1.
 */
export async function chatCommand(args: CliArgs, io: CliIo): Promise<number> {
  const { target, note, keySource, sealedKey, preset } = await cliTarget(args, io);
  if (note) io.err(`${note}\n`);
  checkAttachFiles(args.attach);
  const specs = args.mcpConfig ? readMcpConfig(args.mcpConfig, io, 'chat') : undefined;
  const message = args.message ?? (await io.readStdin());
  if (!message.trim() && !args.attach.length) throw new UsageError('chat needs a message: --message TEXT or text on stdin (or --attach FILE).', 'chat');
  const files = args.attach.length ? await addAttachments(args.attach, args.dataDir) : undefined;
  const net = cliNetwork(io, args);
  const mcp = specs ? cliMcp(specs, net.http, io) : undefined;
  const tools: ToolHost | undefined = specs && mcp ? cliToolHost(args, specs, mcp.mcp, io) : undefined;
  const onText = (text: string) => {
    if (!args.json) io.out(text);
  };
  const onStep = args.json ? undefined : toolProgress(io.err);
  try {
    let final: ChatMessage;
    let conversationId: string | undefined;
    if (args.dataDir) ({ message: final, conversationId } = await chatIntoHistory({ args, io, target, http: net.http, text: message, onText, ...(onStep ? { onStep } : {}), ...(tools ? { tools } : {}), ...(files ? { attachments: files.refs } : {}) }));
    else {
      const wire: TurnMessage[] = [...(args.system ? [{ role: 'system' as const, content: args.system }] : []), { role: 'user', content: message, ...(files?.refs.length ? { attachments: files.refs } : {}) }];
      final = await streamTurn({
        http: net.http,
        resolveTarget: async () => target,
        listModelIds: async () => (await fetchModelList(net.http, adapterFor(target.protocol), target)).models.map((m) => m.id),
        message: { id: randomId(), role: 'assistant', content: '', createdAt: Date.now(), providerId: target.providerId, model: target.model },
        wire,
        ...(files ? { partOf: (ref, protocol) => files.service.part(ref, protocol) } : {}),
        stream: args.stream,
        signal: io.signal ?? new AbortController().signal,
        onText,
        onReasoning: () => undefined,
        ...(tools ? { tools, turn: { requestId: randomId(), conversationId: 'cli' } } : {}),
        ...(onStep ? { onStep } : {}),
      });
    }
    const outcome = outcomeOf(final);
    const aborted = outcome.finishReason === 'aborted';
    if (args.json) io.out(jsonText(chatJson(outcome, net.log.list().map(exchangeJson), { ...(conversationId ? { conversationId } : {}), ...(aborted ? { aborted } : {}), ...(final.steps ? { steps: final.steps } : {}), ...(mcp ? { mcp: mcpLogJson(mcp.log.list()) } : {}) })));
    else {
      if (outcome.text) io.out('\n');
      if (outcome.error) io.err(`${outcome.error.status ? `HTTP ${outcome.error.status}: ` : ''}${outcome.error.message}\n${causeLines(outcome.error.causes, { providerId: preset.id, keySource, sealedKey, ...(preset.keyEnv ? { envVar: preset.keyEnv } : {}) })}\n`);
      if (aborted) io.err('Stopped.\n');
    }
    return outcome.error || aborted ? 1 : 0;
  } finally {
    net.writeHar(args.har);
    await mcp?.mcp.closeAll();
    await net.close();
    files?.cleanup();
  }
}
