import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testEnv } from "./test/env.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Outside Next (tests, tsx scripts, the workers bundle) server-only modules load as they are: its empty module,
      // as tsconfig.json maps it for tsx and esbuild. Next keeps its own mapping, which fails a client import.
      "server-only": `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // Unit tests of lib/llm call a real test LLM server on 127.0.0.1.
          env: { EVALBOARD_ALLOWED_HOSTS: testEnv.integration.EVALBOARD_ALLOWED_HOSTS },
          include: ["{lib,workers,components,app,scripts,test,cli,bench}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{lib,workers,app,scripts,test}/**/*.int.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          env: { ...testEnv.integration },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Integration files share one Postgres and one Redis; each test uses unique ids, so files may run in
          // parallel, but two workers keep the 2-core machine responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
