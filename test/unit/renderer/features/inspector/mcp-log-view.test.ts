import { describe, expect, it } from 'vitest';
import { entryForCall, filterMcpLog, logServers, prettyMessage } from '../../../../../renderer/features/inspector/mcp-log-view';
import type { McpLogEntry } from '../../../../../electron/shared/mcp';

const entry = (over: Partial<McpLogEntry>): McpLogEntry => ({ id: 'e', serverId: 's', server: 'files', at: 0, kind: 'send', text: '{}', ...over });
const log = [
  entry({ id: '1', method: 'initialize' }),
  entry({ id: '2', server: 'github', kind: 'stderr', text: 'listening' }),
  entry({ id: '3', method: 'tools/call', link: { conversationId: 'c', messageId: 'm1', callId: 'call_0' } }),
  entry({ id: '4', kind: 'receive', method: 'tools/call', link: { conversationId: 'c', messageId: 'm1', callId: 'call_0' } }),
  entry({ id: '5', method: 'tools/call', link: { conversationId: 'c', messageId: 'm2', callId: 'call_0' } }),
];

describe('the MCP log view', () => {
  it('filters by server and by text or method', () => {
    expect(filterMcpLog(log, { server: 'github', text: '' }).map((e) => e.id)).toEqual(['2']);
    expect(filterMcpLog(log, { server: '', text: 'TOOLS/' }).map((e) => e.id)).toEqual(['3', '4', '5']);
    expect(logServers(log)).toEqual(['files', 'github']);
  });

  it("finds a card's tools/call request by message and call id (call ids repeat across messages)", () => {
    expect(entryForCall(log, 'm1', 'call_0')?.id).toBe('3');
    expect(entryForCall(log, 'm2', 'call_0')?.id).toBe('5');
    expect(entryForCall(log, 'm3', 'call_0')).toBeUndefined();
  });

  it('indents JSON and leaves other text alone', () => {
    expect(prettyMessage('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyMessage('Server started')).toBe('Server started');
  });
});
