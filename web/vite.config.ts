import { defineConfig } from "vite";

// The app is served by `carecrowd serve --web web/dist`; during development `npm run dev` proxies
// the API to a server on :8080.
export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, target: "es2022" },
  server: { proxy: { "/v1": "http://127.0.0.1:8080" } },
});
