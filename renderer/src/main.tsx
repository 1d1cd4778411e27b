/** Renderer entry: styles, then the React root. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { ErrorBoundary } from './components/error-boundary';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/lists.css';
import './styles/tables.css';
import './styles/detail-form.css';
import './styles/dashboard.css';
import './styles/import-wizard.css';
import './styles/advisory-panels.css';
import './styles/board.css';
import './styles/board-chips.css';
import './styles/board-actions.css';
import './styles/rules.css';

document.documentElement.dataset.appState = 'loading';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
