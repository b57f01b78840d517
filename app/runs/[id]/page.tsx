import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { z } from "zod";
import { RunDetail } from "@/components/runs/run-detail";
import { toRunViewJson } from "@/components/runs/types";
import { ApiError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { getRunView } from "@/lib/runs/view";

type TProps = { params: Promise<{ id: string }> };

// Metadata and page ask for the same run: one query per request.
const findRunView = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getRunView(prisma, id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const run = await findRunView((await params).id);
  return { title: run ? `${run.endpoint.name} on ${run.dataset.name}` : "Run not found" };
}

export default async function RunPage({ params }: TProps) {
  await connection();
  const run = await findRunView((await params).id);
  if (!run) notFound();
  return <RunDetail initialRun={toRunViewJson(run)} />;
}
