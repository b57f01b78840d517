import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    // The env module itself, CLI configs and test tooling that sets up child processes may read process.env; so may
    // the evalboard command's entry (it reads EVALBOARD_URL/TOKEN, the client's settings, not the server's).
    files: [
      "lib/env.ts",
      "cli/main.ts",
      "prisma.config.ts",
      "playwright.config.ts",
      "scripts/**",
      "test/**",
      "bench/**",
      "e2e/**",
      "**/*.int.test.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  globalIgnores([
    ".next-e2e/**",
    ".next/**",
    "out/**",
    "build/**",
    "dist/**",
    "next-env.d.ts",
    "lib/db/generated/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
