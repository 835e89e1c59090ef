import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Brotli and gzip copies beside each script and stylesheet: the server sends the one the browser
 * accepts (@fastify/static `preCompressed`), so no request pays for compressing.
 */
function precompress(): Plugin {
  return {
    name: 'linli-precompress',
    apply: 'build',
    // After the files are written: the code other plugins finish in generateBundle (the preload helper) is final only then.
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(fileName)) continue;
        const file = path.join(options.dir!, fileName);
        const source = fs.readFileSync(file);
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(source, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }));
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(source, { level: 9 }));
      }
    },
  };
}

// Two apps from one build: the public portal (web/index.html) and the staff console (web/admin/).
export default defineConfig({
  root: path.resolve(__dirname, 'web'),
  base: '/',
  plugins: [react(), precompress()],
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
