import { ModelId } from "@/components/ui/model-id";
import { card, cardTitle, hint, input, label, select } from "@/components/ui/styles";
import { formatStatus } from "@/components/runs/format";
import type { TJudgingChoices } from "@/lib/judging/choices";

type TProps = {
  choices: TJudgingChoices;
  datasetId: string;
  onDatasetChange: (id: string) => void;
  runIds: string[];
  onRunIdsChange: (ids: string[]) => void;
  includeReference: boolean;
  onIncludeReferenceChange: (value: boolean) => void;
  humanScoreField: string;
  onHumanScoreFieldChange: (value: string) => void;
  /** The human scale's ends as typed ("" = read them off the data). */
  humanScale: { min: string; max: string };
  onHumanScaleChange: (value: { min: string; max: string }) => void;
};

/** Which answers to grade: runs of one open-QA dataset, and/or its reference answers (the "dataset" row). */
export function TargetPicker(props: TProps) {
  const runs = props.choices.runs.filter((run) => run.datasetId === props.datasetId);
  const toggle = (id: string, on: boolean) =>
    props.onRunIdsChange(on ? [...props.runIds, id] : props.runIds.filter((runId) => runId !== id));
  return (
    <section className={`${card} space-y-4 px-5 py-5`}>
      <h2 className={cardTitle}>Answers to grade</h2>
      <div>
        <label htmlFor="dataset" className={label}>
          Open-QA dataset
        </label>
        <select
          id="dataset"
          className={`${select} mt-1`}
          value={props.datasetId}
          onChange={(e) => props.onDatasetChange(e.target.value)}
        >
          {props.choices.datasets.map((dataset) => (
            <option key={dataset.id} value={dataset.id}>
              {dataset.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className={label}>Runs</legend>
        {runs.length === 0 ? (
          <p className={hint}>No open-QA run on this dataset yet.</p>
        ) : (
          <ul className="mt-2 space-y-1.5">
            {runs.map((run) => (
              <li key={run.id}>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    checked={props.runIds.includes(run.id)}
                    onChange={(e) => toggle(run.id, e.target.checked)}
                  />
                  {run.endpoint.name}
                  <ModelId model={run.endpoint.model} className="text-xs text-slate-500" />
                  <span className="text-xs text-slate-500">
                    · {formatStatus(run.status)} · {new Date(run.createdAt).toLocaleString("en-GB")}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <p className={hint}>A run that is still answering is judged as soon as it finishes.</p>
      </fieldset>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={props.includeReference}
          onChange={(e) => props.onIncludeReferenceChange(e.target.checked)}
        />
        Also grade the dataset&apos;s reference answers (the &quot;dataset&quot; baseline row)
      </label>
      {props.includeReference ? (
        <div>
          <label htmlFor="human-score" className={label}>
            Calibration: human score field (optional)
          </label>
          <input
            id="human-score"
            className={`${input} mt-1 max-w-xs`}
            placeholder="human_score"
            value={props.humanScoreField}
            onChange={(e) => props.onHumanScoreFieldChange(e.target.value)}
          />
          <p className={hint}>
            For a human-graded set uploaded with its score column kept as metadata: the judge grades every answer and
            the judging page reports agreement (Spearman, exact/adjacent agreement, Cohen&apos;s κ).
          </p>
          {props.humanScoreField.trim() ? (
            <fieldset className="mt-3">
              <legend className={label}>Human scale (optional)</legend>
              <div className="mt-1 flex items-center gap-2 text-sm text-slate-600">
                <label htmlFor="human-scale-min">from</label>
                <input
                  id="human-scale-min"
                  type="number"
                  step={1}
                  className={`${input} max-w-24`}
                  placeholder="1"
                  value={props.humanScale.min}
                  onChange={(e) => props.onHumanScaleChange({ ...props.humanScale, min: e.target.value })}
                />
                <label htmlFor="human-scale-max">to</label>
                <input
                  id="human-scale-max"
                  type="number"
                  step={1}
                  className={`${input} max-w-24`}
                  placeholder="4"
                  value={props.humanScale.max}
                  onChange={(e) => props.onHumanScaleChange({ ...props.humanScale, max: e.target.value })}
                />
              </div>
              <p className={hint}>
                The lowest and highest grade graders could give. Left empty, they are read off the data, which is only
                right if some answer got each.
              </p>
            </fieldset>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
