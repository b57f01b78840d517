import type { TComparedRun } from "@/lib/compare/runs";

/** Side B's name: a run's model, or the dataset's reference answers. */
export function describeSideB(b: TComparedRun | null): string {
  return b ? b.endpoint.name : "Reference answers";
}
