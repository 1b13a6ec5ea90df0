import type { NetlogSettings as Settings } from '../../../electron/shared/exchange';
import { useStore } from '../../store/store';

/** Log level (like gptel-log-level) and the caps that bound the log's memory. */
export function NetlogSettings() {
  const settings = useStore((s) => s.netlogSettings);
  const change = useStore((s) => s.changeNetlogSettings);
  if (!settings) return null;
  return (
    <details className="netlog-settings-box">
      <summary>Log settings</summary>
      <div className="netlog-settings">
        <label>
          Log level
          <select value={settings.level} onChange={(e) => void change({ level: e.target.value as Settings['level'] })}>
            <option value="off">Off</option>
            <option value="errors">Errors only</option>
            <option value="info">Info (no bodies)</option>
            <option value="debug">Debug (bodies and stream)</option>
          </select>
        </label>
        <label>
          Keep at most (requests)
          <input type="number" min={10} max={100000} value={settings.maxEntries} onChange={(e) => Number(e.target.value) >= 10 && void change({ maxEntries: Number(e.target.value) })} />
        </label>
        <label>
          Body cap (characters)
          <input type="number" min={0} max={50000000} step={1024} value={settings.maxBodyChars} onChange={(e) => Number(e.target.value) >= 0 && void change({ maxBodyChars: Number(e.target.value) })} />
        </label>
      </div>
    </details>
  );
}
