import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../../../electron/shared/causes';
import { causesZhCN, mcpCausesZhCN } from '../../../../renderer/i18n/causes-zh-CN';
import { MCP_CAUSE_IDS } from '../../../../electron/shared/mcp';
import { en } from '../../../../renderer/i18n/en';
import { resolveLanguage } from '../../../../renderer/i18n/i18n';
import { zhCN } from '../../../../renderer/i18n/zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  const english = leaves(en as unknown as Tree);
  const chinese = leaves(zhCN as unknown as Tree);

  it('have exactly the same keys', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty message, and the same {{placeholders}} in both languages', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(chinese.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('translate every cause of the catalog', () => {
    expect(Object.keys(causesZhCN).sort()).toEqual([...CAUSE_IDS].sort());
    expect(Object.keys(mcpCausesZhCN).sort()).toEqual([...MCP_CAUSE_IDS].sort());
    for (const c of Object.values(mcpCausesZhCN)) expect(c.title && c.explanation && c.fix).toBeTruthy();
    for (const c of Object.values(causesZhCN)) expect(c.title && c.explanation && c.fix).toBeTruthy();
  });

  it('keep i18next key separators out of keys (an underscore reads as a plural or context suffix)', () => {
    for (const key of english.keys()) expect(key, key).not.toMatch(/_/);
  });
});

describe('the interface language', () => {
  it('follows the system, reading any Chinese as Simplified Chinese and anything else as English', () => {
    expect(resolveLanguage('system', ['zh-TW', 'en'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLanguage('system', ['fr'])).toBe('en');
    expect(resolveLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});
