import { useEffect, useState } from 'react';
import type { NetlogSettings as Settings } from '../../../electron/shared/exchange';
import { useApp } from '../../app-context';

/** Log level (like gptel-log-level) and the caps that bound the log's memory. */
export function NetlogSettings() {
  const { api } = useApp();
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void api.invoke('netlog:settings', {}).then((r) => r.ok && setSettings(r.value));
  }, [api]);
  if (!settings) return null;
  const change = async (next: Partial<Settings>) => {
    const r = await api.invoke('netlog:settings', next);
    if (r.ok) setSettings(r.value);
  };
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
