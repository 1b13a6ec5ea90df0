import { refineModelCauses } from '../../core/chat/refine-model-causes';
import { runChat, type ChatOutcome } from '../../core/chat/run-chat';
import { fetchModelList } from '../../core/providers/fetch-models';
import { adapterFor } from '../../core/providers/protocols';
import type { WireMessage } from '../../core/providers/types';
import type { CliArgs } from '../args';
import { cliNetwork, cliTarget, type CliIo } from '../context';
import { causeLines, exchangeJson, jsonText } from '../output';
import { UsageError } from '../usage';
import { addAttachments, checkAttachFiles } from '../attach';
import { chatIntoHistory } from './chat-history';

/** The JSON result of `chat --json` (DESIGN.md). Pure. */
export function chatJson(outcome: ChatOutcome, exchanges: unknown[], extra: { conversationId?: string; aborted?: boolean } = {}) {
  return {
    text: outcome.text,
    ...(outcome.reasoning ? { reasoning: outcome.reasoning } : {}),
    finishReason: outcome.finishReason ?? null,
    ...(outcome.usage ? { usage: outcome.usage } : {}),
    ...(outcome.toolCalls.length ? { toolCalls: outcome.toolCalls } : {}),
    ...(extra.conversationId ? { conversationId: extra.conversationId } : {}),
    ...(extra.aborted ? { aborted: true } : {}),
    ...(outcome.error ? { error: { ...(outcome.error.status ? { status: outcome.error.status } : {}), message: outcome.error.message, causes: outcome.error.causes } } : {}),
    exchanges,
  };
}

/**
 * `chat`: one message, the answer streamed to the terminal (or one JSON object). With --data-dir
 * the turn is kept in that history, like the desktop app's. Ctrl-C stops the answer and still
 * prints what arrived (with `"aborted": true` in JSON). A cut-off answer exits 1.
 */
export async function chatCommand(args: CliArgs, io: CliIo): Promise<number> {
  const { target, note, keySource, sealedKey, preset } = await cliTarget(args, io);
  if (note) io.err(`${note}\n`);
  checkAttachFiles(args.attach);
  const message = args.message ?? (await io.readStdin());
  if (!message.trim() && !args.attach.length) throw new UsageError('chat needs a message: --message TEXT or text on stdin (or --attach FILE).', 'chat');
  const files = args.attach.length ? await addAttachments(args.attach, args.dataDir) : undefined;
  const net = cliNetwork(io, args);
  const onText = (text: string) => {
    if (!args.json) io.out(text);
  };
  try {
    let outcome: ChatOutcome;
    let conversationId: string | undefined;
    if (args.dataDir) ({ outcome, conversationId } = await chatIntoHistory({ args, io, target, http: net.http, text: message, onText, ...(files ? { attachments: files.refs } : {}) }));
    else {
      const parts = files?.refs.map((ref) => files.service.part(ref, target.protocol));
      const messages: WireMessage[] = [...(args.system ? [{ role: 'system' as const, content: args.system }] : []), { role: 'user', content: message, ...(parts?.length ? { parts } : {}) }];
      const raw = await runChat({ http: net.http, adapter: adapterFor(target.protocol), target, messages, stream: args.stream, ...(io.signal ? { signal: io.signal } : {}), onEvent: (e) => e.type === 'text' && onText(e.text) });
      outcome = await refineModelCauses(raw, target.model, async () => (await fetchModelList(net.http, adapterFor(target.protocol), target)).models.map((m) => m.id));
    }
    const aborted = outcome.finishReason === 'aborted';
    if (args.json) io.out(jsonText(chatJson(outcome, net.log.list().map(exchangeJson), { ...(conversationId ? { conversationId } : {}), ...(aborted ? { aborted } : {}) })));
    else {
      if (outcome.text) io.out('\n');
      if (outcome.error) io.err(`${outcome.error.status ? `HTTP ${outcome.error.status}: ` : ''}${outcome.error.message}\n${causeLines(outcome.error.causes, { providerId: preset.id, keySource, sealedKey, ...(preset.keyEnv ? { envVar: preset.keyEnv } : {}) })}\n`);
      if (aborted) io.err('Stopped.\n');
    }
    return outcome.error || aborted ? 1 : 0;
  } finally {
    net.writeHar(args.har);
    await net.close();
    files?.cleanup();
  }
}
