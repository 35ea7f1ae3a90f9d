import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PrintPage } from '../../components/print/PrintPage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PrintPage draftId={new URLSearchParams(location.search).get('draft') ?? ''} />
  </StrictMode>,
);
