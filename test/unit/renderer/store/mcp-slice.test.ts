import { describe, expect, it } from 'vitest';
import { appendLog } from '../../../../renderer/store/mcp-slice';
import { applyStep, mergeFresh } from '../../../../renderer/store/chat-reducers';
import { conversation } from '../../../support/builders';
import type { McpLogEntry } from '../../../../electron/shared/mcp';

const e = (id: string): McpLogEntry => ({ id, serverId: 's', server: 's', at: 0, kind: 'send', text: '' });

describe('MCP and tool state in the window', () => {
  it('keeps the newest log entries up to the cap', () => {
    expect(appendLog([e('1'), e('2')], [e('3')], 2).map((x) => x.id)).toEqual(['2', '3']);
  });

  it('replaces a streaming message with the whole of it when a round of tool calls starts', () => {
    const c = conversation({ messages: [{ id: 'a', role: 'assistant', content: 'Let me check.', status: 'streaming', siblings: ['x', 'a'] }] });
    const next = applyStep(c, { requestId: 'r', conversationId: c.id, message: { id: 'a', role: 'assistant', content: '', createdAt: 0, status: 'streaming', steps: [{ text: 'Let me check.', calls: [{ id: 'k', name: 'f', arguments: '{}', state: 'awaiting-approval' }] }] } });
    expect(next.messages[0]).toMatchObject({ content: '', steps: [{ text: 'Let me check.' }], siblings: ['x', 'a'] });
    expect(applyStep(c, { requestId: 'r', conversationId: 'other', message: next.messages[0]! })).toBe(c);
  });

  it('prefers the copy with more tool rounds when merging a fetched conversation', () => {
    const local = conversation({ id: 'c', messages: [{ id: 'a', role: 'assistant', content: '', status: 'streaming', steps: [{ text: 'x', calls: [] }] }] });
    const fresh = conversation({ id: 'c', messages: [{ id: 'a', role: 'assistant', content: 'x', status: 'streaming' }] });
    expect(mergeFresh(local, fresh).messages[0]!.steps).toHaveLength(1);
  });
});
