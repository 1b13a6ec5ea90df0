import { AppError } from '../../shared/errors';
import type { Preferences, SavedPrompt } from '../../shared/preferences';
import type { KeyValueStore } from './kv';
import { readSection, writeSection } from './sections';

const DEFAULTS: Preferences = { theme: 'system', language: 'system' };

/** The look and language of the app, and the prompt library, kept in the settings file. */
export class PreferencesService {
  constructor(
    private readonly store: KeyValueStore,
    private readonly newId: () => string,
  ) {}

  get(): Preferences {
    return { ...DEFAULTS, ...readSection(this.store, 'preferences') };
  }

  set(change: Partial<Preferences>): Preferences {
    const next = { ...this.get(), ...change };
    writeSection(this.store, 'preferences', next);
    return next;
  }

  /** The prompt library, by name. */
  prompts(): SavedPrompt[] {
    return [...(readSection(this.store, 'prompts') ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Adds a prompt, or replaces the one with the same id. Names are unique (case-insensitive). */
  savePrompt(prompt: Omit<SavedPrompt, 'id'> & { id?: string }): SavedPrompt {
    const name = prompt.name.trim();
    if (!name) throw new AppError('invalid-prompt', 'Give the prompt a name.');
    if (!prompt.text?.trim() && !prompt.system?.trim() && !prompt.providerId && !prompt.model && !prompt.params) throw new AppError('invalid-prompt', 'A prompt needs text to insert, or a system prompt, provider, model or sampling to apply.');
    const list = readSection(this.store, 'prompts') ?? [];
    const clash = list.find((p) => p.name.toLowerCase() === name.toLowerCase() && p.id !== prompt.id);
    if (clash) throw new AppError('invalid-prompt', `There is already a prompt named "${clash.name}".`);
    const saved: SavedPrompt = { ...prompt, name, id: prompt.id ?? this.newId() };
    writeSection(this.store, 'prompts', [...list.filter((p) => p.id !== saved.id), saved]);
    return saved;
  }

  deletePrompt(id: string): boolean {
    const list = readSection(this.store, 'prompts') ?? [];
    writeSection(
      this.store,
      'prompts',
      list.filter((p) => p.id !== id),
    );
    return list.some((p) => p.id === id);
  }
}
