import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The pages' Content-Security-Policy, as taskpane.html states it. */
const contentSecurityPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(resolve(import.meta.dirname, 'taskpane.html'), 'utf8'))?.[1];
if (contentSecurityPolicy === undefined) throw new Error('taskpane.html has no Content-Security-Policy');

export default defineConfig({
  root: import.meta.dirname,
  // Relative URLs, so dist/ works from https://localhost:3000 and from the end-to-end test's server alike.
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Fluent UI alone is ~450 kB; the pane loads once from the local server, so one chunk is fine.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: {
        taskpane: resolve(import.meta.dirname, 'taskpane.html'),
        commands: resolve(import.meta.dirname, 'commands.html'),
        notice: resolve(import.meta.dirname, 'notice.html'),
      },
    },
  },
  worker: { format: 'es' },
  // Also sent as a header by `pnpm start`: a worker obeys only the policy of its own response, not the page's meta tag.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicy } },
});
