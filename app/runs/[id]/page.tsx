import type { Metadata } from "next";
import { connection } from "next/server";
import { cache } from "react";
import { RunDetail } from "@/components/runs/run-detail";
import { toRunViewJson } from "@/components/runs/types";
import { prisma } from "@/lib/db/prisma";
import { findRecord, requireRecord } from "@/lib/pages/records";
import { getRunView } from "@/lib/runs/view";

type TProps = { params: Promise<{ id: string }> };

// Metadata and page ask for the same run: one query per request.
const findRunView = cache((id: string) => findRecord(id, (runId) => getRunView(prisma, runId)));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const run = await findRunView((await params).id);
  return { title: run ? `${run.endpoint.name} on ${run.dataset.name}` : "Run not found" };
}

export default async function RunPage({ params }: TProps) {
  await connection();
  const run = requireRecord(await findRunView((await params).id));
  return <RunDetail initialRun={toRunViewJson(run)} />;
}
