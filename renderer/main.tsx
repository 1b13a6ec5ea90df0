import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectBridge } from './api/bridge';
import { createApi } from './api/client';
import { App } from './App';
import './styles.css';

const bridge = connectBridge();
const root = createRoot(document.getElementById('root')!);
if (!bridge) {
  root.render(
    <main className="fatal" role="alert">
      <h1>Switchboard</h1>
      <p>This page needs the link printed by <code>npm run dev:web</code> (it carries a session token), or the desktop app.</p>
    </main>,
  );
} else {
  root.render(
    <StrictMode>
      <App api={createApi(bridge)} />
    </StrictMode>,
  );
}
