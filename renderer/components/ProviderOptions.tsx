import type { ProviderView } from '../../electron/shared/provider';

/** One <option> per provider, by id, named for people. */
export function ProviderOptions({ providers }: { providers: readonly ProviderView[] }) {
  return (
    <>
      {providers.map((p) => (
        <option key={p.preset.id} value={p.preset.id}>
          {p.preset.name}
        </option>
      ))}
    </>
  );
}
