import { lazy, Suspense } from 'react';
import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ChatView } from './features/chat/ChatView';
import type { Route } from './hooks/use-hash-route';
import { useShortcut } from './hooks/use-shortcut';
import { useAppearance } from './hooks/use-appearance';
import { useDropImport } from './hooks/use-drop-import';
import { useLeaveGuard } from './hooks/use-leave-guard';
import { Banners } from './components/Banners';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ToastBar } from './components/ToastBar';
import { useStore } from './store/store';

// The chat is what the window opens on; the network tab and settings load when first visited.
const InspectorView = lazy(() => import('./features/inspector/InspectorView').then((m) => ({ default: m.InspectorView })));
const SettingsView = lazy(() => import('./features/settings/SettingsView').then((m) => ({ default: m.SettingsView })));

// The palette and the prompt library load when first opened.
const CommandPalette = lazy(() => import('./features/palette/CommandPalette').then((m) => ({ default: m.CommandPalette })));
const PromptLibrary = lazy(() => import('./features/prompts/PromptLibrary').then((m) => ({ default: m.PromptLibrary })));

const TABS = ['chat', 'network', 'settings'] as const;

/** The window's frame: tabs, the view, the palette, the prompt library, notices and file drops. */
export function Shell({ route, navigate, i18n }: { route: Route; navigate(route: Route): void; i18n: i18n }) {
  const { t } = useTranslation();
  const setPaletteOpen = useStore((s) => s.setPaletteOpen);
  const paletteOpen = useStore((s) => s.paletteOpen);
  const promptsOpen = useStore((s) => s.promptsOpen);
  useAppearance(i18n);
  const dragging = useDropImport();
  const mayLeave = useLeaveGuard();
  // Ctrl/Cmd+, opens settings (the desktop menu has the same accelerator); Ctrl/Cmd+K the palette.
  useShortcut(',', () => navigate({ view: 'settings' }));
  useShortcut('k', () => setPaletteOpen(true));
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNav')}>
          {TABS.map((view) => (
            <a key={view} href={`#/${view}`} aria-current={route.view === view ? 'page' : undefined} className={route.view === view ? 'active' : ''} onClick={(e) => route.view === 'settings' && view !== 'settings' && !mayLeave() && e.preventDefault()}>
              {t(`app.tabs.${view}`)}
            </a>
          ))}
        </nav>
        <button type="button" className="palette-button" onClick={() => setPaletteOpen(true)}>
          {t('app.commandPalette')}
        </button>
      </header>
      <Banners />
      <div className="content">
        <ErrorBoundary resetKey={route.view}>
          <Suspense fallback={<p className="empty">{t('app.loading')}</p>}>
            {route.view === 'chat' && <ChatView />}
            {route.view === 'network' && <InspectorView selectedId={route.param} />}
            {route.view === 'settings' && <SettingsView selectedId={route.param} />}
          </Suspense>
        </ErrorBoundary>
      </div>
      <Suspense fallback={null}>
        {paletteOpen && <CommandPalette />}
        {promptsOpen && <PromptLibrary />}
      </Suspense>
      <ToastBar />
      {dragging && <div className="drop-hint">{t('attachments.dropHint')}</div>}
    </div>
  );
}
