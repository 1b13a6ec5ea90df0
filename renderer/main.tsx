import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectBridge } from './api/bridge';
import { createApi } from './api/client';
import { App } from './App';
import './styles.css';
import { en } from './i18n/en';

const bridge = connectBridge();
const root = createRoot(document.getElementById('root')!);
if (!bridge) {
  root.render(
    // Only the developer preview opened without its token gets here (no bridge, no preferences).
    <main className="fatal" role="alert">
      <h1>{en.app.name}</h1>
      <p>{en.app.needsLink}</p>
    </main>,
  );
} else {
  root.render(
    <StrictMode>
      <App api={createApi(bridge)} />
    </StrictMode>,
  );
}
