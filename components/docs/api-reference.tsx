"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";

/**
 * Scalar's reader, bundled from npm (no CDN): it reads the document from this app and sends "try it" requests to
 * this app only. Its web fonts, telemetry, agent chat and MCP links would reach other hosts, so they are off.
 */
/** The app's slate and indigo, dark enough for WCAG AA contrast (Scalar's default greys and method colours are not). */
const THEME = `.light-mode {
  --scalar-color-1: #0f172a;
  --scalar-color-2: #334155;
  --scalar-color-3: #475569;
  --scalar-color-accent: #4338ca;
  --scalar-background-2: #f8fafc;
  --scalar-color-blue: #1d4ed8;
  --scalar-color-green: #047857;
  --scalar-color-orange: #c2410c;
  --scalar-color-red: #b91c1c;
  --scalar-color-purple: #6d28d9;
  --scalar-color-yellow: #a16207;
}`;

const CONFIGURATION = {
  url: "/api/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  hideDarkModeToggle: true,
  forceDarkModeState: "light",
  hideClientButton: true,
  showDeveloperTools: "never",
  showToolbar: "never",
  agent: { disabled: true },
  mcp: { disabled: true },
  documentDownloadType: "json",
  defaultOpenAllTags: false,
  customCss: THEME,
} as const;

export function ApiReference() {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white" data-testid="api-reference">
      <ApiReferenceReact configuration={CONFIGURATION} />
    </div>
  );
}
