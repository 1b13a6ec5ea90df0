import { ChatService } from '../../core/chat/chat-service';
import type { ToolHost } from '../../core/chat/tool-host';
import type { ToolStep } from '../../shared/tools';
import { randomId, systemClock } from '../../core/clock';
import { HistoryService } from '../../core/history/history-service';
import type { RecordingFetch } from '../../core/net/recording-fetch';
import type { ResolvedTarget } from '../../core/providers/types';
import { fetchModelList } from '../../core/providers/fetch-models';
import { adapterFor } from '../../core/providers/protocols';
import { AppError } from '../../shared/errors';
import { NEW_CHAT_TITLE, type ChatDone, type ChatMessage, type ChatStep } from '../../shared/chat';
import type { CliArgs } from '../args';
import type { CliIo } from '../context';
import { UsageError } from '../usage';
import { AttachmentService } from '../../core/attachments/attachment-service';
import type { AttachmentRef } from '../../shared/attachments';

/** One chat turn kept in a data folder's history, exactly as the desktop app keeps it. */
export async function chatIntoHistory(input: {
  args: CliArgs;
  io: CliIo;
  target: ResolvedTarget;
  http: RecordingFetch;
  text: string;
  onText(text: string): void;
  onStep?(steps: readonly ToolStep[]): void;
  tools?: ToolHost;
  attachments?: AttachmentRef[];
}): Promise<{ message: ChatMessage; conversationId: string }> {
  const { args, target } = input;
  const history = new HistoryService(args.dataDir!, () => systemClock.now());
  const attachments = new AttachmentService(args.dataDir!);
  let finish: (done: ChatDone) => void = () => undefined;
  const done = new Promise<ChatDone>((resolve) => (finish = resolve));
  const chat = new ChatService({
    history: () => history.store,
    http: input.http,
    resolveTarget: async () => target,
    listModelIds: async () => (await fetchModelList(input.http, adapterFor(target.protocol), target)).models.map((m) => m.id),
    onDelta: (d) => d.text && input.onText(d.text),
    onDone: (d) => finish(d),
    newId: randomId,
    clock: systemClock,
    partOf: (ref, protocol) => attachments.part(ref, protocol),
    ...(input.tools ? { tools: input.tools } : {}),
    ...(input.onStep ? { onStep: (e: ChatStep) => input.onStep!(e.message.steps ?? []) } : {}),
  });
  try {
    const conversationId = openConversation(history, args, target);
    const { requestId } = await chat.send(conversationId, input.text, { stream: args.stream, ...(input.attachments ? { attachments: input.attachments } : {}) });
    input.io.signal?.addEventListener('abort', () => chat.abort(requestId), { once: true });
    const { message, unsaved } = await done;
    if (unsaved) input.io.err(`${unsaved}\n`);
    return { message, conversationId };
  } finally {
    history.close();
  }
}

function openConversation(history: HistoryService, args: CliArgs, target: ResolvedTarget): string {
  const store = history.store;
  if (args.conversation && args.conversation !== 'new') {
    const existing = store.get(args.conversation);
    if (!existing) throw new UsageError(`No conversation ${args.conversation} in ${args.dataDir} (see "history list").`, 'chat');
    if (args.system !== undefined || existing.providerId !== target.providerId || existing.model !== target.model) store.update({ ...existing, providerId: target.providerId, model: target.model, ...(args.system !== undefined ? { system: args.system } : {}), updatedAt: Date.now() });
    return existing.id;
  }
  const now = Date.now();
  const id = randomId();
  try {
    store.create({ id, title: NEW_CHAT_TITLE, createdAt: now, updatedAt: now, providerId: target.providerId, model: target.model, ...(args.system ? { system: args.system } : {}) });
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('storage', (error as Error).message);
  }
  return id;
}
