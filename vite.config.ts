/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/csp-plugin.ts';
import { serviceWorker } from './build/sw-plugin.ts';

// One config for the dev server, the static build and the unit tests.
export default defineConfig({
  // A relative base lets the built site live under any sub-path (README: Publishing).
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  server: {
    host: 'localhost',
    port: 5173,
    // Opens a browser where there is a desktop to open it on; always prints the URL.
    open: !process.env.CI && (process.platform !== 'linux' || Boolean(process.env.DISPLAY)),
  },
  preview: { host: 'localhost', port: 4173 },
  build: {
    target: 'es2022',
    // KaTeX fonts must stay files: `font-src 'self'` blocks data: URLs (platform-notes.md).
    assetsInlineLimit: (file) => (/katex|KaTeX_/i.test(file) ? false : undefined),
    reportCompressedSize: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    css: false,
  },
});
