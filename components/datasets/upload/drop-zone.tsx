"use client";

import { useId, useState, type DragEvent } from "react";

export const ACCEPTED_FILES = ".csv,.tsv,.tab,.jsonl,.ndjson,.json,.txt,.gz,.parquet,.yaml,.yml";

/** Drag a file onto the zone, or use the file picker it wraps (a real labelled input, for keyboards and tests). */
export function DropZone({ onFile, compact }: { onFile: (file: File) => void; compact: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <label
      htmlFor={id}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 border-dashed text-center transition focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-500 ${
        over ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-white hover:border-indigo-300"
      } ${compact ? "px-6 py-4" : "px-8 py-14"}`}
    >
      <input
        id={id}
        type="file"
        accept={ACCEPTED_FILES}
        aria-label="Dataset file"
        className="sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = "";
        }}
      />
      <span className="text-sm font-medium text-slate-900">
        {compact ? "Choose another file" : "Drop a file here, or "}
        {compact ? null : <span className="text-indigo-700 underline">choose one</span>}
      </span>
      {compact ? null : (
        <span className="mt-2 max-w-md text-xs text-slate-500">
          CSV (comma, semicolon or tab separated), TSV, JSON lines or a JSON array, in{" "}
          <span className="whitespace-nowrap">UTF-8</span>, optionally gzipped; Parquet; OpenAI Evals JSONL; promptfoo
          test CSV or YAML. Up to 1 GB and 1,000,000 rows.
        </span>
      )}
    </label>
  );
}
