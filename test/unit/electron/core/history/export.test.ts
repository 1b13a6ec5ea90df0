import { describe, expect, it } from 'vitest';
import { exportFilename, toMarkdown } from '../../../../../electron/core/history/export';
import { parseChatGptExport, parseSwitchboardExport } from '../../../../../electron/core/history/history-import';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { useTempDir } from '../../../../support/temp-dir';

describe('conversation as Markdown', () => {
  it('writes title, model, system prompt, turns, tool calls and errors', () => {
    const md = toMarkdown({
      title: 'Weather',
      providerId: 'together',
      model: 'm',
      system: 'Be brief.',
      messages: [
        { id: '1', role: 'user', content: 'Oslo?', createdAt: 0 },
        { id: '2', role: 'assistant', content: 'Checking.', createdAt: 0, model: 'm', toolCalls: [{ id: 't', name: 'get_weather', arguments: '{"city":"Oslo"}' }] },
        { id: '3', role: 'assistant', content: '', createdAt: 0, error: { status: 401, message: 'Invalid API key', causes: ['key-missing'] } },
      ],
    });
    expect(md).toBe(
      '# Weather\n\n*together · m*\n\n## System prompt\n\nBe brief.\n\n## You\n\nOslo?\n\n## Assistant (m)\n\nChecking.\n\nTool call `get_weather`:\n\n```json\n{"city":"Oslo"}\n```\n\n## Assistant\n\n> Error (HTTP 401): Invalid API key\n',
    );
  });
  it('writes each round of tool calls with its arguments and result, fenced safely', () => {
    const md = toMarkdown({
      title: 'T',
      providerId: 'p',
      model: 'm',
      messages: [{ id: '2', role: 'assistant', content: 'It is 42.', createdAt: 0, steps: [{ text: 'Let me add.', calls: [{ id: 'k', name: 'calc__add', server: 'calc', tool: 'add', arguments: '{"a":40,"b":2}', state: 'done', result: 'has ``` inside' }] }] }],
    });
    expect(md).toContain('Let me add.\n\nTool call `calc / add` (done):\n\n```json\n{\n  "a": 40,\n  "b": 2\n}\n```\n\n````\nhas ``` inside\n````\n\nIt is 42.');
  });
  it('names files after the title', () => {
    expect(exportFilename('What is "2+2"?', 'md')).toBe('What-is-2-2.md');
    expect(exportFilename('???', 'json')).toBe('conversation.json');
  });
});

// A ChatGPT export with a regenerated answer: two children under one question, the second shown.
const chatgpt = [
  {
    title: 'Branches',
    create_time: 1700000000,
    update_time: 1700000100,
    current_node: 'a2',
    mapping: {
      root: { id: 'root', parent: null, children: ['sys'], message: null },
      sys: { id: 'sys', parent: 'root', children: ['u1'], message: { author: { role: 'system' }, content: { content_type: 'text', parts: [''] } } },
      u1: { id: 'u1', parent: 'sys', children: ['a1', 'a2'], message: { author: { role: 'user' }, create_time: 1700000001, content: { content_type: 'text', parts: ['Which is bigger?'] } } },
      a1: { id: 'a1', parent: 'u1', children: [], message: { author: { role: 'assistant' }, create_time: 1700000002, content: { content_type: 'text', parts: ['The first.'] } } },
      a2: { id: 'a2', parent: 'u1', children: [], message: { author: { role: 'assistant' }, create_time: 1700000003, content: { content_type: 'text', parts: ['The second.'] } } },
    },
  },
];

describe('importing history', () => {
  const dir = useTempDir('sb-import-');
  let n = 0;
  const newId = () => `id${++n}`;
  it("reads ChatGPT's tree with every branch, showing the current one", () => {
    const [c] = parseChatGptExport(chatgpt, newId, 0);
    expect(c!.title).toBe('Branches');
    expect(c!.messages.map((m) => m.content)).toEqual(['Which is bigger?', 'The first.', 'The second.']);
    const h = new HistoryService(dir(), () => 1);
    expect(h.import(JSON.stringify(chatgpt), 'chatgpt', newId)).toEqual({ imported: 1, skipped: 0 });
    const id = h.store.list().conversations[0]!.id;
    expect(h.store.get(id)!.messages.map((m) => [m.content, m.siblings?.length ?? 1])).toEqual([
      ['Which is bigger?', 1],
      ['The second.', 2],
    ]);
    h.close();
  });
  it('exports and imports its own format whole, and imports nothing twice', () => {
    const a = new HistoryService(dir(), () => 1);
    a.import(JSON.stringify(chatgpt), 'chatgpt', newId);
    const exported = a.export(undefined, 'json').text;
    expect(parseSwitchboardExport(JSON.parse(exported))[0]!.messages).toHaveLength(3);
    expect(a.import(exported, undefined, newId)).toEqual({ imported: 0, skipped: 1 });
    a.close();
    expect(() => parseSwitchboardExport({ format: 'something-else' })).toThrow(/not a Switchboard history export/);
  });
});
