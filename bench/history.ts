import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { HistoryService } from '../electron/core/history/history-service';
import { median, type BenchResult } from './util';

const WORDS = 'the quick brown fox jumps over a lazy dog while kangaroo deploy server weather 天气 公园 散步 markdown table code review latency budget stream token'.split(' ');

function sentence(seed: number, words = 32): string {
  let out = '';
  let x = seed;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += `${WORDS[x % WORDS.length]} `;
  }
  return out.trim();
}

// A history of `conversations` conversations and `messages` messages, written the fast way an import
// would: rows first, the full-text index rebuilt once at the end.
function generate(h: HistoryService, conversations: number, messages: number): string {
  const { db } = h.store;
  const per = Math.floor(messages / conversations);
  let big = '';
  db.exec('DROP TRIGGER messages_fts_insert');
  for (let c = 0; c < conversations; c++) {
    db.tx(() => {
      const id = `conv-${c}`;
      const count = c === 0 ? 1000 : per;
      if (c === 0) big = id;
      db.run('INSERT INTO conversations (id, title, created_at, updated_at, provider_id, model, current_leaf, message_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [id, sentence(c, 5), c, c, 'together', 'emu-small', `${id}-m${count - 1}`, count]);
      for (let m = 0; m < count; m++) {
        db.run('INSERT INTO messages (id, conversation_id, parent_id, role, content, created_at, status, touched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [`${id}-m${m}`, id, m ? `${id}-m${m - 1}` : null, m % 2 ? 'assistant' : 'user', sentence(c * 1000 + m), m, 'done', m]);
      }
    });
  }
  db.exec("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')");
  db.exec(`CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN INSERT INTO messages_fts(rowid, content) VALUES (new.seq, new.content); END;`);
  return big;
}

function time(fn: () => unknown, runs = 15): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    t.push(performance.now() - start);
  }
  return median(t);
}

/** The history at scale: sidebar list, opening a long conversation, search; memory not growing with it. */
export async function benchHistory(options: { quick?: boolean } = {}): Promise<BenchResult[]> {
  const conversations = options.quick ? 200 : 10_000;
  const messages = options.quick ? 20_000 : 1_000_000;
  const dir = process.env.SB_BENCH_KEEP ?? join(tmpdir(), `sb-bench-history-${process.pid}`);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  const h = new HistoryService(dir, () => Date.now());
  try {
    const started = performance.now();
    const big = generate(h, conversations, messages);
    const generatedS = ((performance.now() - started) / 1000).toFixed(1);
    const rssBefore = process.memoryUsage().rss;
    const list = time(() => h.store.list(200));
    const open = time(() => h.open(big));
    const search = time(() => h.search('kangaroo deploy'));
    const searchShort = time(() => h.search('天气'), 5);
    const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    const scale = `${conversations.toLocaleString('en')} conversations, ${messages.toLocaleString('en')} messages (generated in ${generatedS} s)`;
    return [
      { name: `history: list the sidebar (${scale})`, value: `${list.toFixed(2)} ms`, budget: '<= 30 ms', pass: list <= 30 },
      { name: 'history: open a 1,000-message conversation', value: `${open.toFixed(2)} ms`, budget: '<= 30 ms', pass: open <= 30 },
      { name: 'history: search (full-text, ranked, with snippets)', value: `${search.toFixed(2)} ms`, budget: '<= 50 ms', pass: search <= 50 },
      { name: 'history: search a two-character word (scan fallback)', value: `${searchShort.toFixed(2)} ms`, budget: 'reported', pass: true },
      { name: 'history: memory while listing, opening and searching', value: `${rssGrowthMb.toFixed(1)} MB growth`, budget: '<= 50 MB (nothing held per conversation)', pass: rssGrowthMb <= 50 },
    ];
  } finally {
    h.close();
    if (!process.env.SB_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

/** How far behind the disk is while an answer streams: the worst lag from a token's arrival to it being saved. */
export async function benchCommitLag(): Promise<BenchResult> {
  const { startEmulator } = await import('../test/support/emulator');
  const { ChatService } = await import('../electron/core/chat/chat-service');
  const { RecordingFetch } = await import('../electron/core/net/recording-fetch');
  const { WireLog } = await import('../electron/core/net/wire-log');
  const { resolveTarget } = await import('../electron/core/providers/provider-settings');
  const { findPreset } = await import('../electron/core/providers/registry');
  const { randomId, systemClock } = await import('../electron/core/clock');
  const emulator = await startEmulator({ key: 'bench-key-000000', chunkDelayMs: 40 });
  const dir = join(tmpdir(), `sb-bench-lag-${process.pid}`);
  const writer = new HistoryService(dir, () => Date.now());
  const reader = new HistoryService(dir, () => Date.now());
  const arrived: { at: number; length: number }[] = [];
  let length = 0;
  let finished = false;
  const target = resolveTarget(findPreset('together')!, { baseUrl: emulator.baseUrl }, 'bench-key-000000', 'emu-small');
  const chat = new ChatService({ history: () => writer.store, http: new RecordingFetch((i, init) => fetch(i, init), new WireLog(), systemClock, randomId), resolveTarget: async () => target, listModelIds: async () => [], onDelta: (d) => arrived.push({ at: performance.now(), length: (length += d.text?.length ?? 0) }), onDone: () => (finished = true), newId: randomId, clock: systemClock });
  writer.store.create({ id: 'lag', title: 't', createdAt: 1, updatedAt: 1, providerId: 'together', model: 'emu-small' });
  const lags: number[] = [];
  try {
    const { assistantMessageId } = await chat.send('lag', Array.from({ length: 60 }, (_, i) => `word${i}`).join(' '));
    while (!finished) {
      await new Promise((r) => setTimeout(r, 10));
      const saved = reader.store.message(assistantMessageId)?.content.length ?? 0;
      const now = performance.now();
      // Every piece that arrived but is not on disk yet is lagging by its age.
      for (const a of arrived) if (a.length > saved) lags.push(now - a.at);
    }
  } finally {
    writer.close();
    reader.close();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const worst = Math.max(0, ...lags);
  return { name: 'history: a streamed token is on disk within', value: `${worst.toFixed(0)} ms (worst)`, budget: '<= 1000 ms', pass: worst <= 1000 };
}
