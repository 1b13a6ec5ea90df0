import { readFileSync, writeFileSync } from 'node:fs';
import { randomId, systemClock } from '../../core/clock';
import { HistoryService } from '../../core/history/history-service';
import { HIT_END, HIT_START, type ChatMessage } from '../../shared/chat';
import { AppError } from '../../shared/errors';
import type { CliArgs } from '../args';
import type { CliIo } from '../context';
import { jsonText } from '../output';
import { UsageError } from '../usage';

/** A message's state for people: done, streaming, interrupted, stopped, cut off, failed. Pure. */
export function messageState(m: ChatMessage): string {
  if (m.finishReason === 'interrupted') return 'interrupted';
  if (m.finishReason === 'incomplete') return 'cut off';
  if (m.status === 'aborted') return 'stopped';
  return m.status ?? 'done';
}

function withHistory<T>(args: CliArgs, io: CliIo, run: (history: HistoryService) => T): T {
  const history = new HistoryService(args.dataDir ?? io.dataDir, () => systemClock.now());
  try {
    return run(history);
  } finally {
    history.close();
  }
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`history ${what}.`, 'history');
  return value;
}

/** `history list | show | search | export | import`: the same history as the desktop app. */
export function historyCommand(args: CliArgs, io: CliIo): number {
  const [sub, arg] = args.rest;
  return withHistory(args, io, (history) => {
    switch (sub) {
      case 'list': {
        const { conversations: list } = history.store.list();
        if (args.json) io.out(jsonText({ conversations: list }));
        else for (const c of list) io.out(`${c.id}  ${new Date(c.updatedAt).toISOString().slice(0, 16).replace('T', ' ')}  ${String(c.messageCount).padStart(4)} msgs  ${c.providerId}/${c.model}  ${c.title}\n`);
        return 0;
      }
      case 'show': {
        const c = history.open(need(arg, 'show needs a conversation id'));
        const messages = c.messages.map((m) => ({ id: m.id, role: m.role, text: m.content, state: messageState(m), ...(m.error ? { error: m.error.message } : {}) }));
        if (args.json) io.out(jsonText({ id: c.id, title: c.title, providerId: c.providerId, model: c.model, messages }));
        else for (const m of messages) io.out(`[${m.role}${m.state === 'done' ? '' : `, ${m.state}`}]\n${m.text}\n\n`);
        return 0;
      }
      case 'search': {
        const hits = history.search(need(arg, 'search needs a query'));
        const plain = (s: string) => s.split(HIT_START).join('[').split(HIT_END).join(']');
        if (args.json) io.out(jsonText({ hits: hits.map((h) => ({ ...h, snippet: plain(h.snippet) })) }));
        else for (const h of hits) io.out(`${h.conversationId}  ${h.title}\n    ${plain(h.snippet)}\n`);
        return 0;
      }
      case 'export': {
        const format = args.format ?? 'json';
        if (format !== 'json' && format !== 'md') throw new UsageError('--format for export is json or md.', 'history');
        if (!arg && !args.all) throw new UsageError('history export needs a conversation id, or --all.', 'history');
        const { text } = history.export(args.all ? undefined : arg, format);
        if (args.out) writeFileSync(args.out, text);
        else io.out(text);
        return 0;
      }
      default: {
        const file = need(arg, 'import needs a file');
        const format = args.format as 'switchboard' | 'chatgpt' | undefined;
        if (format && format !== 'switchboard' && format !== 'chatgpt') throw new UsageError('--format for import is switchboard or chatgpt.', 'history');
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          throw new AppError('bad-import', `Cannot read ${file}: ${(error as Error).message}`);
        }
        const result = history.import(text, format, randomId);
        io.out(args.json ? jsonText(result) : `Imported ${result.imported} conversation(s)${result.skipped ? `; ${result.skipped} were already there` : ''}.\n`);
        return 0;
      }
    }
  });
}
