import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { primaryButton } from "@/components/ui/styles";

/** Open QA without a judge common to both sides: say what to do, and link to the judging form for the dataset. */
export function NoCommonJudge({ message, judgeHref }: { message: string; judgeHref: string }) {
  return (
    <EmptyState
      title="No common judge yet"
      action={
        <Link href={judgeHref} className={primaryButton}>
          Judge the runs
        </Link>
      }
    >
      <p>{message}</p>
      <p className="mt-2">
        Open-QA runs are compared on judge scores, and scores are only comparable when the same judge endpoint graded
        both sides with the same rubric.
      </p>
    </EmptyState>
  );
}
