import type { TSampleSplit } from "@/lib/datasets/mapping";

export function SplitPill({ split }: { split: TSampleSplit }) {
  const tone = split === "TEST" ? "bg-indigo-600 text-white" : "bg-indigo-100 text-indigo-800";
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>
      {split === "TEST" ? "Test" : "Train"}
    </span>
  );
}
