import { describe, expect, it } from 'vitest';
import { conversationMarkdown } from '../../../../../renderer/features/chat/export-markdown';

describe('conversation as Markdown', () => {
  it('writes title, model, system prompt, turns, tool calls and errors', () => {
    const md = conversationMarkdown({
      id: 'c',
      title: 'Weather',
      createdAt: 0,
      updatedAt: 0,
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
});
