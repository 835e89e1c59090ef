import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../common/i18n';
import { PortalApp } from './PortalApp';

initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PortalApp />
    </StrictMode>,
  );
});
