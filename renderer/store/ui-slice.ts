import type { SliceSet, UiSlice } from './state';

/** Window-only state: the palette and the prompt library open or not, a search match to show, the narrow-window sidebar, a toast with Undo. */
export function createUiSlice(set: SliceSet): UiSlice {
  return {
    paletteOpen: false,
    promptsOpen: false,
    sidebarOpen: false,
    highlight: undefined,
    toast: undefined,
    firstRunDone: false,
    leaveFirstRun: () => set({ firstRunDone: true }),
    settingsUnsaved: undefined,
    setSettingsUnsaved: (settingsUnsaved) => set({ settingsUnsaved }),
    focusMessage: undefined,
    setFocusMessage: (focusMessage) => set({ focusMessage }),
    comparePin: undefined,
    setComparePin: (comparePin) => set({ comparePin }),
    searchQuery: '',
    setSearchQuery: (searchQuery) => set({ searchQuery, sidebarOpen: true }),
    composerFocus: 0,
    composerInsert: undefined,
    setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
    setPromptsOpen: (promptsOpen) => set({ promptsOpen }),
    setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
    setHighlight: (highlight) => set({ highlight }),
    showToast: (toast) => set({ toast }),
    focusComposer: () => set((s) => ({ composerFocus: s.composerFocus + 1 })),
    insertIntoComposer: (text) => set((s) => ({ composerInsert: { text, n: (s.composerInsert?.n ?? 0) + 1 }, composerFocus: s.composerFocus + 1 })),
  };
}
