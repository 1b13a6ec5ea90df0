import { describe, expect, it } from 'vitest';
import { ProviderCatalog, slugOf } from '../../../../../electron/core/providers/catalog';
import { PRESETS } from '../../../../../electron/core/providers/registry';
import { MemoryStore } from '../../../../../electron/core/settings/kv';

describe('the provider catalog', () => {
  it('lists the presets, then the providers the user defined, each with its protocol auth', () => {
    const catalog = new ProviderCatalog(new MemoryStore());
    const mine = catalog.add({ name: 'Work Anthropic', protocol: 'anthropic', baseUrl: 'https://gw.example.com' });
    expect(catalog.all().map((p) => p.id)).toEqual([...PRESETS.map((p) => p.id), 'work-anthropic']);
    expect(mine).toMatchObject({ userDefined: true, auth: { header: 'x-api-key', scheme: 'raw', requirement: 'required' } });
    expect(catalog.add({ name: 'Local', protocol: 'openai-chat', baseUrl: 'http://127.0.0.1:8080/v1' }).auth.requirement).toBe('optional');
  });

  it('makes ids unique, never taking a preset id', () => {
    const catalog = new ProviderCatalog(new MemoryStore());
    expect(catalog.add({ name: 'OpenAI', protocol: 'openai-chat', baseUrl: 'https://a.example/v1' }).id).toBe('openai-2');
    expect(catalog.add({ name: 'OpenAI', protocol: 'openai-chat', baseUrl: 'https://b.example/v1' }).id).toBe('openai-3');
    expect(slugOf('  Mon Café / 工作 ')).toBe('mon-cafe');
    expect(slugOf('工作')).toBe('provider');
  });

  it('renames and removes only what the user defined', () => {
    const catalog = new ProviderCatalog(new MemoryStore());
    const mine = catalog.add({ name: 'Gateway', protocol: 'openai-chat', baseUrl: 'https://gw.example/v1' });
    expect(catalog.change(mine.id, { name: 'Team gateway' }).name).toBe('Team gateway');
    expect(() => catalog.remove('openai')).toThrow(/built-in provider/);
    expect(() => catalog.change('openai', { name: 'x' })).toThrow(/built-in provider/);
    catalog.remove(mine.id);
    expect(catalog.find(mine.id)).toBeUndefined();
    expect(() => catalog.require(mine.id)).toThrow(/Unknown provider/);
  });

  it('refuses an empty name', () => {
    expect(() => new ProviderCatalog(new MemoryStore()).add({ name: '  ', protocol: 'openai-chat', baseUrl: '' })).toThrow(/name/);
  });
});
