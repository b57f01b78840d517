/** The web app's port as scripts/start.sh uses it; lib/env has no PORT, and only scripts may read process.env. */
export function readAppPort(): string {
  return process.env.PORT ?? "3000";
}

/** Where the built-in local models answer: the app itself, over loopback. */
export function buildLocalBaseUrl(port: string = readAppPort()): string {
  return `http://127.0.0.1:${port}/api/local/v1`;
}
