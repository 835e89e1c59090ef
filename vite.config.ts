import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two apps from one build: the public portal (web/index.html) and the staff console (web/admin/).
export default defineConfig({
  root: path.resolve(__dirname, 'web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(__dirname, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        portal: path.resolve(__dirname, 'web/index.html'),
        admin: path.resolve(__dirname, 'web/admin/index.html'),
      },
    },
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
