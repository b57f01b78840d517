import { DrilldownSkeleton } from "@/components/outputs/skeleton";

export default function Loading() {
  return <DrilldownSkeleton title="outputs" />;
}
