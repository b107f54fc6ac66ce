// Vite build of the web UI (`vite build web`): web/ is the root, the bundle goes to web/dist and
// is served by `lagebild serve`. Everything is bundled (no CDN) so the UI works offline.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // the CSP forbids inline scripts and styles, so nothing may be inlined into index.html
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
});
