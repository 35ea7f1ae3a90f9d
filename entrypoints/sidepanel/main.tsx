import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startPanel } from '../../components/App';
import '../../components/app.css';

void startPanel().then((startup) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App startup={startup} />
    </StrictMode>,
  ),
);
