import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../common/i18n';
import { AdminApp } from './AdminApp';

initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AdminApp />
    </StrictMode>,
  );
});
