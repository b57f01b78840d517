import { card, cardTitle } from "@/components/ui/styles";
import { formatCount, formatPercent, formatScore } from "@/components/ui/format";
import type { TJudgingViewJson } from "./types";

const fixed = (value: number | null) => formatScore(value, 2);

type TCalibration = NonNullable<TJudgingViewJson["calibration"]>;

/**
 * Agreement of the judge with human grades: from an uploaded human-graded field (calibration judgings), or from
 * grades given in a review queue (`field` null).
 */
export function CalibrationSection({
  calibration,
}: {
  calibration: Omit<TCalibration, "field" | "unscored" | "offScale"> &
    Partial<Pick<TCalibration, "unscored" | "offScale">> & { field: string | null };
}) {
  const { humanScale } = calibration;
  const cells = [
    { title: "Spearman ρ", value: fixed(calibration.spearman), note: "judge 1–10 vs human grade" },
    {
      title: "Exact agreement",
      value: formatPercent(calibration.exactAgreement.estimate),
      note: `95% CI ${formatPercent(calibration.exactAgreement.low)}–${formatPercent(calibration.exactAgreement.high)}`,
    },
    {
      title: "Within one point",
      value: formatPercent(calibration.adjacentAgreement.estimate),
      note: `95% CI ${formatPercent(calibration.adjacentAgreement.low)}–${formatPercent(calibration.adjacentAgreement.high)}`,
    },
    {
      title: "Cohen's κ",
      value: fixed(calibration.kappa),
      note: `quadratic-weighted ${fixed(calibration.quadraticKappa)}`,
    },
  ];
  return (
    <section aria-labelledby="calibration-title" className={`${card} px-5 py-4`}>
      <h2 id="calibration-title" className={cardTitle}>
        Agreement with human grades
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {formatCount(calibration.n)} answers graded by both; judge grades mapped linearly from 1–10 onto the human scale{" "}
        {humanScale.min}–{humanScale.max}{" "}
        {calibration.field === null ? (
          "(grades given in the app)"
        ) : (
          <>
            (metadata field <code className="text-xs">{calibration.field}</code>)
          </>
        )}
        {calibration.unscored ? `; ${formatCount(calibration.unscored)} without a judge grade are left out` : ""}
        {calibration.offScale
          ? `; ${formatCount(calibration.offScale)} human grades outside that scale are left out`
          : ""}
        .
      </p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cells.map((cell) => (
          <div key={cell.title}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{cell.title}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{cell.value}</dd>
            <dd className="text-xs tabular-nums text-slate-500">{cell.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
