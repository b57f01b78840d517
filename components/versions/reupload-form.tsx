"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { callApi } from "@/components/ui/call-api";
import { formatCount } from "@/components/ui/format";
import { errorBox, hint, label, primaryButton, secondaryButton } from "@/components/ui/styles";
import type { TReuploadDiff } from "@/lib/versions/reupload";

type TState =
  | { step: "closed" }
  | { step: "choose"; error: string | null; busy: boolean }
  | { step: "diff"; file: File; diff: TReuploadDiff; error: string | null; busy: boolean }
  | { step: "created"; diff: TReuploadDiff };

function DiffFigure({ name, value, testId }: { name: string; value: number; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 px-3 py-2">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{name}</dt>
      <dd className="mt-0.5 text-lg font-semibold tabular-nums text-slate-900" data-testid={testId}>
        {formatCount(value)}
      </dd>
    </div>
  );
}

function send(datasetId: string, file: File, apply: boolean) {
  const form = new FormData();
  // The text field before the file part: the server streams the file and reads the fields it saw before it.
  form.append("apply", apply ? "true" : "false");
  form.append("file", file, file.name);
  return callApi<TReuploadDiff>(`/api/datasets/${datasetId}/reupload`, "POST", form);
}

/**
 * "Upload a new version": the file is read with the dataset's own column mapping and compared row by row with the
 * latest version; the diff (rows added, removed, relabelled) is shown before anything is created. Confirming makes
 * the relabels and removals a new version, and the workers re-score every past run on it.
 */
export function ReuploadForm({ datasetId, nextNumber }: { datasetId: string; nextNumber: number }) {
  const router = useRouter();
  const fileId = useId();
  const [state, setState] = useState<TState>({ step: "closed" });

  async function compare(file: File) {
    setState({ step: "choose", error: null, busy: true });
    const result = await send(datasetId, file, false);
    if (result.ok) setState({ step: "diff", file, diff: result.data, error: null, busy: false });
    else setState({ step: "choose", error: result.error.message, busy: false });
  }

  async function confirm(file: File, diff: TReuploadDiff) {
    setState({ step: "diff", file, diff, error: null, busy: true });
    const result = await send(datasetId, file, true);
    if (result.ok && result.data.version) {
      setState({ step: "created", diff: result.data });
      router.refresh();
    } else {
      const message = result.ok ? "The file changes nothing: no version was created." : result.error.message;
      setState({ step: "diff", file, diff, error: message, busy: false });
    }
  }

  if (state.step === "closed") {
    return (
      <button
        type="button"
        className={secondaryButton}
        onClick={() => setState({ step: "choose", error: null, busy: false })}
      >
        Upload a new version
      </button>
    );
  }
  if (state.step === "created") {
    const version = state.diff.version!;
    return (
      <div
        role="status"
        className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
      >
        Version {version.number} created ({formatCount(state.diff.relabelled)} relabelled,{" "}
        {formatCount(state.diff.removed)} removed). The workers are re-scoring every past run on it from the stored
        answers:{" "}
        <Link href={`/leaderboard?datasetId=${datasetId}`} className="font-medium underline">
          see the leaderboard
        </Link>
        .
      </div>
    );
  }
  const busy = state.busy;
  return (
    <form
      aria-labelledby={`${fileId}-title`}
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
      onSubmit={(event) => event.preventDefault()}
    >
      <h3 id={`${fileId}-title`} className="text-sm font-semibold text-slate-900">
        Upload a new version
      </h3>
      <div>
        <label htmlFor={fileId} className={label}>
          Corrected file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.tsv,.jsonl,.json,.parquet,.yaml,.yml"
          disabled={busy}
          className="mt-1.5 block text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 file:ring-1 file:ring-slate-300"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void compare(file);
          }}
        />
        <p className={hint}>
          Same columns as the original upload, rows in the same order. It is compared with the latest version before
          anything is created.
        </p>
      </div>
      {busy && state.step === "choose" ? <p className="text-sm text-slate-600">Comparing…</p> : null}
      {state.step === "diff" ? (
        <div className="space-y-3" data-testid="reupload-diff">
          <p className="text-sm text-slate-700">
            {formatCount(state.diff.rows)} rows in <span className="font-medium">{state.file.name}</span>, compared with
            the latest version:
          </p>
          <dl className="grid grid-cols-3 gap-3 sm:max-w-md">
            <DiffFigure name="Relabelled" value={state.diff.relabelled} testId="diff-relabelled" />
            <DiffFigure name="Removed" value={state.diff.removed} testId="diff-removed" />
            <DiffFigure name="Added" value={state.diff.added} testId="diff-added" />
          </dl>
          {state.diff.examples.length > 0 ? (
            <table className="text-sm">
              <caption className="mb-1 text-left text-xs font-medium text-slate-500">
                Relabelled rows (first 10)
              </caption>
              <thead>
                <tr className="text-left text-xs text-slate-500">
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Row
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    Label now
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    In the file
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.diff.examples.map((example) => (
                  <tr key={example.row}>
                    <td className="py-0.5 pr-4 tabular-nums">{example.row}</td>
                    <td className="py-0.5 pr-4">{example.from}</td>
                    <td className="py-0.5 font-medium">{example.to}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {state.diff.added > 0 ? (
            <p className="text-xs text-slate-600">
              Added rows (new rows, or rows whose text changed) are not part of a version: a version relabels or leaves
              out rows of the dataset. Upload the file as a new dataset to evaluate them.
            </p>
          ) : null}
          {state.error ? (
            <p role="alert" className={errorBox}>
              {state.error}
            </p>
          ) : null}
          <div className="flex gap-3">
            <button
              type="button"
              className={primaryButton}
              disabled={busy || state.diff.relabelled + state.diff.removed === 0}
              onClick={() => void confirm(state.file, state.diff)}
            >
              {busy ? "Creating…" : `Create version ${nextNumber}`}
            </button>
            <button
              type="button"
              className={secondaryButton}
              disabled={busy}
              onClick={() => setState({ step: "closed" })}
            >
              Cancel
            </button>
          </div>
          {state.diff.relabelled + state.diff.removed === 0 ? (
            <p className="text-xs text-slate-600">Nothing to relabel or remove: this file makes no new version.</p>
          ) : null}
        </div>
      ) : (
        <>
          {state.error ? (
            <p role="alert" className={errorBox}>
              {state.error}
            </p>
          ) : null}
          <button
            type="button"
            className={secondaryButton}
            disabled={busy}
            onClick={() => setState({ step: "closed" })}
          >
            Cancel
          </button>
        </>
      )}
    </form>
  );
}
