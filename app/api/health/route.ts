import { NextResponse } from "next/server";
import { checkHealth, healthHttpStatus } from "@/lib/health/check";
import { createAppHealthProbes } from "@/lib/health/probes";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(createAppHealthProbes());
  return NextResponse.json(health, { status: healthHttpStatus(health), headers: { "cache-control": "no-store" } });
}
