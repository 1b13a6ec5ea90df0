import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../electron/shared/preferences';
import { useApp } from '../../app-context';
import { useStore, useStoreApi } from '../../store/store';
import { matchItems, type PaletteItem } from './palette-items';

type Item = PaletteItem & { run(): void | Promise<void> };

/** The items of the moment: commands, conversations, providers and models for the open chat. */
function useItems(query: string): Item[] {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const store = useStoreApi();
  const summaries = useStore((s) => s.summaries);
  const providers = useStore((s) => s.providers);
  const current = useStore((s) => s.current);
  const models = useStore((s) => (s.current ? s.modelChoices[s.current.providerId]?.ids : undefined));
  return useMemo(() => {
    const state = () => store.getState();
    const items: Item[] = [
      { id: 'new', group: 0, label: t('palette.newChat'), run: () => (state().leaveFirstRun(), void state().newConversation().then(() => (navigate({ view: 'chat' }), state().focusComposer()))) },
      { id: 'settings', group: 0, label: t('palette.settings'), run: () => navigate({ view: 'settings' }) },
      { id: 'network', group: 0, label: t('palette.network'), run: () => navigate({ view: 'network' }) },
      { id: 'prompts', group: 0, label: t('palette.prompts'), run: () => state().setPromptsOpen(true) },
      ...THEMES.map((theme) => ({ id: `theme-${theme}`, group: 4, label: t('palette.toggleTheme', { theme: t(`appearance.themes.${theme}`) }), run: () => void state().setPreferences({ theme }) })),
      ...summaries.map((c) => ({ id: `c-${c.id}`, group: 1, label: t('palette.openConversation', { title: c.title }), run: () => (state().leaveFirstRun(), navigate({ view: 'chat' }), void state().openConversation(c.id)) })),
    ];
    if (current) {
      for (const p of providers) items.push({ id: `p-${p.preset.id}`, group: 2, label: t('palette.switchProvider', { provider: p.preset.name }), run: () => void state().changeConversation({ providerId: p.preset.id, model: p.effective.model }) });
      for (const m of models ?? []) items.push({ id: `m-${m}`, group: 3, label: t('palette.switchModel', { model: m }), run: () => void state().changeConversation({ model: m }) });
    }
    if (query.trim().length >= 2) items.push({ id: 'search', group: 5, label: t('palette.searchMessages', { query: query.trim() }), run: () => (navigate({ view: 'chat' }), state().setSearchQuery(query.trim())) });
    return items;
  }, [t, navigate, store, summaries, providers, current, models, query]);
}

/** Ctrl/Cmd+K: find a command, a conversation, a provider or a model by typing; Enter runs it. */
export function CommandPalette() {
  const { t } = useTranslation();
  const open = useStore((s) => s.paletteOpen);
  const setOpen = useStore((s) => s.setPaletteOpen);
  const current = useStore((s) => s.current);
  const loadModels = useStore((s) => s.loadModels);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const all = useItems(query);
  // Searching the messages is always offered last, whatever else matches.
  const search = all.find((i) => i.id === 'search');
  const shown = [...matchItems(all.filter((i) => i.id !== 'search'), query), ...(search ? [search] : [])];
  useEffect(() => {
    if (!open) return;
    setQuery('');
    setActive(0);
    input.current?.focus();
    if (current) void loadModels(current.providerId, false);
    // Only on opening, and when another provider's models become relevant.
  }, [open, current?.providerId, loadModels]);
  if (!open) return null;
  const run = (item: Item | undefined) => {
    if (!item) return;
    setOpen(false);
    void item.run();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') setOpen(false);
    else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') run(shown[active]);
    else return;
    e.preventDefault();
  };
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && setOpen(false)}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('palette.title')} onKeyDown={onKeyDown}>
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[active] ? `palette-${shown[active]!.id}` : undefined}
          aria-label={t('palette.input')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <ul id="palette-list" role="listbox" aria-label={t('palette.results')}>
          {shown.map((item, i) => (
            <li key={item.id} id={`palette-${item.id}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseEnter={() => setActive(i)} onClick={() => run(item)}>
              {item.label}
            </li>
          ))}
          {!shown.length && <li className="muted">{t('palette.none')}</li>}
        </ul>
      </div>
    </div>
  );
}
