import { describe, expect, it } from 'vitest';
import { sentAt } from '../../../../../renderer/features/chat/sent-at';

describe('sentAt', () => {
  const at = new Date(2026, 10, 26, 9, 5, 7).getTime();
  const sameDay = new Date(2026, 10, 26, 18, 0).getTime();
  const nextWeek = new Date(2026, 11, 3, 8, 0).getTime();

  it.each(['en', 'zh-CN'])('reads in %s as the toLocale* calls it replaces: the time alone the same day, date and time later', (language) => {
    const date = new Date(at);
    expect(sentAt(at, language, sameDay)).toEqual({ shown: date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }), full: date.toLocaleString(language), iso: date.toISOString() });
    expect(sentAt(at, language, nextWeek).shown).toBe(date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }));
  });

  it('speaks the language asked for, switching back and forth', () => {
    expect(sentAt(at, 'en', nextWeek).shown).toMatch(/Nov/);
    expect(sentAt(at, 'zh-CN', nextWeek).shown).toMatch(/11月/);
    expect(sentAt(at, 'en', nextWeek).shown).toMatch(/Nov/);
  });
});
