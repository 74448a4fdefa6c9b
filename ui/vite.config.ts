/// <reference types="vitest/config" />
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

// Unit tests run in Node, yet a runes module (*.svelte.ts) must behave there as in
// the window, effects included: compiled for the client, on Svelte's client runtime.
const unitTests = process.env.VITEST !== undefined;

// Tauri loads http://localhost:5173 in development and ui/dist when built.
export default defineConfig({
  plugins: [svelte(unitTests ? { dynamicCompileOptions: () => ({ generate: "client" }) } : undefined)],
  ssr: unitTests ? { resolve: { conditions: ["browser"] } } : undefined,
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The fonts live once, in the repository's assets/fonts, shared with the PDFs.
    fs: { allow: [".."] },
  },
  build: {
    outDir: "dist",
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
