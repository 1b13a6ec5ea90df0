import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLanguage, createI18n } from '../../../../renderer/i18n/i18n';

describe('applyLanguage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('announces a change only when the language changes, and always marks the document', async () => {
    const root = { lang: '' };
    vi.stubGlobal('document', { documentElement: root });
    const instance = createI18n();
    const changes: string[] = [];
    instance.on('languageChanged', (lng: string) => changes.push(lng));

    await applyLanguage(instance, 'en');
    expect(changes).toEqual([]);
    expect(root.lang).toBe('en');

    await applyLanguage(instance, 'zh-CN');
    expect(changes).toEqual(['zh-CN']);
    expect(root.lang).toBe('zh-CN');
    expect(instance.t('app.tabs.chat')).not.toBe('Chat');

    await applyLanguage(instance, 'zh-CN');
    await applyLanguage(instance, 'en');
    expect(changes).toEqual(['zh-CN', 'en']);
    expect(instance.t('app.tabs.chat')).toBe('Chat');
  });

  it('lets the last choice win when a catalog is still loading', async () => {
    const root = { lang: '' };
    vi.stubGlobal('document', { documentElement: root });
    const instance = createI18n();
    const chinese = applyLanguage(instance, 'zh-CN');
    const english = applyLanguage(instance, 'en');
    await Promise.all([chinese, english]);
    expect(instance.language).toBe('en');
    expect(root.lang).toBe('en');
  });
});
