import { describe, expect, it } from 'vitest';
import { offeredName, offeredNames } from '../../../../../electron/core/mcp/tool-names';
import { toolResultText } from '../../../../../electron/core/mcp/tool-result';
import { TOOL_NAME_PATTERN } from '../../../../../electron/shared/mcp';

describe('offered tool names', () => {
  it('prefix the server and keep to what every protocol accepts', () => {
    expect(offeredName('GitHub', 'create_issue')).toBe('GitHub__create_issue');
    expect(offeredName('my server (prod)', 'search.files')).toBe('my_server_prod__search_files');
    expect(offeredName('1password', 'get')).toBe('_1password__get');
    const long = offeredName('a'.repeat(50), 'b'.repeat(50));
    expect(long.length).toBe(64);
    expect(TOOL_NAME_PATTERN.test(long)).toBe(true);
  });

  it('stay unique', () => {
    const names = offeredNames([
      { server: 'a b', tool: 't' },
      { server: 'a_b', tool: 't' },
    ]);
    expect(new Set(names).size).toBe(2);
    expect(names.every((n) => TOOL_NAME_PATTERN.test(n))).toBe(true);
  });
});

describe('tool results as text', () => {
  it('joins text, describes media and resources, falls back to structured content', () => {
    expect(toolResultText({ content: [{ type: 'text', text: 'a' }, { type: 'image', data: 'AAAA', mimeType: 'image/png' }, { type: 'resource_link', uri: 'file:///x', name: 'x' }] })).toBe('a\n[image: image/png, 3 bytes]\n[resource link: file:///x (x)]');
    expect(toolResultText({ content: [], structuredContent: { temp: 21 } })).toBe('{"temp":21}');
  });

  it('cuts at the limit and says how much was left out', () => {
    expect(toolResultText({ content: [{ type: 'text', text: 'x'.repeat(30) }] }, 10)).toBe(`${'x'.repeat(10)}\n[… 20 more characters of this result were not sent]`);
  });
});
