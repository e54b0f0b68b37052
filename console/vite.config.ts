// The console's build: plain TypeScript and DOM, bundled into the server package, which
// serves it at `/` (docs/console.md). The output is committed; tests/console checks that
// it is what this configuration builds from src/.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  // Relative asset URLs: index.html finds its bundle however it is opened (`/`,
  // `/index.html`). The API itself is always at the listener's `/v1` and `/openapi.json`.
  base: "./",
  build: {
    outDir: fileURLToPath(
      new URL("../server/modelstore_server/transport/http/console", import.meta.url),
    ),
    emptyOutDir: true,
    // One small bundle, no source maps: the source is in the repository beside it.
    sourcemap: false,
    target: "es2022",
  },
});
