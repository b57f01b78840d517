"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";

/**
 * Scalar's reader, bundled from npm (no CDN): it reads the document from this app and sends "try it" requests to
 * this app only. Its web fonts, telemetry, agent chat and MCP links would reach other hosts, so they are off.
 */
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
} as const;

export function ApiReference() {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white" data-testid="api-reference">
      <ApiReferenceReact configuration={CONFIGURATION} />
    </div>
  );
}
