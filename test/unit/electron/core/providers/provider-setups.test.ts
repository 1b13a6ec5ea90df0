import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSetups } from '../../../../../electron/core/providers/provider-setups';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { testCore } from '../../../../support/core';
import { startEmulator, type Emulator } from '../../../../support/emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
});
afterAll(() => emulator.close());

describe('user-defined providers end to end in the core', () => {
  it('adds two gateways of one protocol, each with its own key and host, and chats through one', async () => {
    const { h } = testCore();
    const a = await h['providers:add']({ name: 'Gateway A', protocol: 'openai-chat', baseUrl: emulator.baseUrl });
    const b = await h['providers:add']({ name: 'Gateway B', protocol: 'openai-chat', baseUrl: 'https://b.example/v1' });
    expect(a.preset.id).not.toBe(b.preset.id);
    await h['keys:set']({ providerId: a.preset.id, key: CANARY_KEY });
    await h['providers:update']({ providerId: a.preset.id, model: 'emu-small' });
    const { providers } = await h['providers:list']({});
    expect(providers.find((p) => p.preset.id === a.preset.id)!.key.source).toBe('stored');
    expect(providers.find((p) => p.preset.id === b.preset.id)!.key.source).toBe('none');
    const test = await h['providers:test']({ providerId: a.preset.id });
    expect(test.ok).toBe(true);
  });

  it('exports setups without keys or header values, and imports them into another app', async () => {
    const first = testCore();
    await first.h['providers:add']({ name: 'Team', protocol: 'anthropic', baseUrl: 'https://gw.example' });
    await first.h['keys:set']({ providerId: 'team', key: CANARY_KEY });
    await first.h['providers:update']({ providerId: 'team', model: 'claude-x', headers: { 'X-Org': 'secret-org-value-123' } });
    await first.h['providers:update']({ providerId: 'together', baseUrl: emulator.baseUrl });
    const exported = await first.h['providers:export']({});
    expect(containsCanary(exported.text)).toBe(false);
    expect(exported.text).not.toContain('secret-org-value-123');
    expect(exported.text).toContain('X-Org');

    const second = testCore();
    const imported = await second.h['providers:import']({ text: exported.text });
    expect(imported).toEqual({ added: 1, updated: 1 });
    const { providers } = await second.h['providers:list']({});
    const team = providers.find((p) => p.preset.id === 'team')!;
    expect(team).toMatchObject({ preset: { protocol: 'anthropic', baseUrl: 'https://gw.example', userDefined: true }, effective: { model: 'claude-x' }, key: { source: 'none' } });
    expect(providers.find((p) => p.preset.id === 'together')!.effective.baseUrl).toBe(emulator.baseUrl);
  });

  it('removes a user-defined provider with its key, and refuses to remove a preset', async () => {
    const { h, store } = testCore();
    await h['providers:add']({ name: 'Temp', protocol: 'openai-chat', baseUrl: 'https://t.example/v1' });
    await h['keys:set']({ providerId: 'temp', key: CANARY_KEY });
    expect(await h['providers:remove']({ providerId: 'temp' })).toEqual({ removed: true });
    expect(JSON.stringify(store.get('keys') ?? {})).not.toContain('"temp"');
    await expect(h['providers:remove']({ providerId: 'openai' })).rejects.toThrow(/built-in provider/);
  });

  it('says what is wrong with a file that is not a setups export', () => {
    expect(() => parseSetups('nope')).toThrow(/not JSON/);
    expect(() => parseSetups('{"format":"other"}')).toThrow(/not a Switchboard provider setups file/);
    expect(() => parseSetups('{"format":"switchboard-provider-setups","version":9,"providers":[]}')).toThrow(/newer Switchboard/);
  });
});
