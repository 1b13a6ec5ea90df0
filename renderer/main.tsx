import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectBridge } from './api/bridge';
import { createApi } from './api/client';
import { App } from './App';
import './styles.css';
import { en } from './i18n/en';
import { preloadMarkdown } from './components/Markdown';

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
  // Messages are markdown: its chunk is fetched beside the page's first render and the first calls
  // to the core, not after them, which held the first message back by a fetch.
  preloadMarkdown();
  root.render(
    <StrictMode>
      <App api={createApi(bridge)} />
    </StrictMode>,
  );
}
