import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

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
});
