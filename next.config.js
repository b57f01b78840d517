/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The e2e suite builds into its own folder so that it never overwrites the build of a running app.
  // eslint-disable-next-line no-restricted-properties -- build-time setting, read before lib/env exists
  distDir: process.env.EVALBOARD_NEXT_DIST_DIR || ".next",
  // `npm test` typechecks the whole project once (tsc --noEmit); repeating it in every build costs the 2-core
  // machine ~10 s per build and would also fail a demo build on a type error in a test file.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages with native or dynamic requires stay out of the bundle.
  serverExternalPackages: ["pg", "bullmq", "ioredis", "@prisma/adapter-pg", "undici"],
  // experimental.proxyClientMaxBodySize stays at Next's 10 MB: the dataset uploads skip proxy.ts (see its matcher),
  // so no body Next copies for the proxy is larger than a JSON request.
};

export default nextConfig;
