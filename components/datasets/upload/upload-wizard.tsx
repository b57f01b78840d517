"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import { primaryButton, secondaryButton } from "../styles";
import { describeFile } from "./describe-file";
import { DropZone } from "./drop-zone";
import { MappingSections, PreviewSection } from "./mapping-sections";
import { ProblemBox } from "./problem-box";
import { FormSection } from "@/components/ui/form-section";
import { requestPreview, startUpload, type TApiProblem, type TUploadHandle } from "./upload-client";
import { draftFromPreview, uploadFields, validateDraft, type TDraftErrors, type TUploadDraft } from "./upload-draft";
import { UploadProgress, type TProgress } from "./upload-progress";
import { checkFromPreview, useMappingCheck } from "./use-mapping-check";

/**
 * Choose a file → preview its start → map columns (the preview re-checks the mapping on the server) → upload with
 * progress → the dataset page.
 */
export function UploadWizard() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [loading, setLoading] = useState(false);
  const [fileProblem, setFileProblem] = useState<TApiProblem | null>(null);
  const [preview, setPreview] = useState<TUploadPreview | null>(null);
  const [draft, setDraft] = useState<TUploadDraft | null>(null);
  const [errors, setErrors] = useState<TDraftErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [progress, setProgress] = useState<TProgress | null>(null);
  const [uploadProblem, setUploadProblem] = useState<TApiProblem | null>(null);
  const upload = useRef<TUploadHandle | null>(null);
  const { check, setCheck, checking } = useMappingCheck(file, draft);

  async function chooseFile(next: File) {
    setFile(next);
    setLoading(true);
    setFileProblem(null);
    setPreview(null);
    setDraft(null);
    setCheck(null);
    setErrors({});
    setSubmitted(false);
    setUploadProblem(null);
    const result = await requestPreview(next);
    setLoading(false);
    if (!result.ok) {
      setFileProblem(result.problem);
      return;
    }
    const first = draftFromPreview(result.data);
    setPreview(result.data);
    setDraft(first);
    setCheck(checkFromPreview(first, result.data));
  }

  function change(patch: Partial<TUploadDraft>) {
    if (!draft) return;
    const next = { ...draft, ...patch };
    setDraft(next);
    if (submitted) setErrors(validateDraft(next));
  }

  async function submit() {
    if (!file || !draft) return;
    const found = validateDraft(draft);
    setErrors(found);
    setSubmitted(true);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus());
      return;
    }
    setUploadProblem(null);
    setProgress({ sent: 0, total: file.size, finishing: false });
    const handle = startUpload(file, uploadFields(draft), {
      progress: (sent, total) => setProgress({ sent, total, finishing: false }),
      sent: () => setProgress((current) => current && { ...current, sent: current.total, finishing: true }),
    });
    upload.current = handle;
    const result = await handle.done;
    upload.current = null;
    if (result.ok) {
      router.push(`/datasets/${result.data.id}`);
      return;
    }
    setProgress(null);
    setUploadProblem(result.problem);
  }

  const canImport = check !== null && !checking && check.result.ok && progress === null;

  return (
    <div className="space-y-6">
      {/* Nothing can change while the file is on its way: the upload uses the settings as they were sent. */}
      <fieldset disabled={progress !== null} className="min-w-0 space-y-6">
        <FormSection
          layout="narrow"
          title="File"
          description="The whole file is read as it uploads; nothing is stored unless every row is good."
        >
          <DropZone onFile={chooseFile} compact={file !== null} />
          {file ? (
            <p className="text-sm text-slate-700" aria-live="polite">
              <span className="font-medium">{file.name}</span>
              {loading ? " · reading…" : preview ? ` · ${describeFile(preview, file.size)}` : null}
            </p>
          ) : null}
          {fileProblem ? <ProblemBox title="This file cannot be imported" problem={fileProblem} /> : null}
        </FormSection>
      </fieldset>
      {preview && draft ? <PreviewSection preview={preview} draft={draft} /> : null}
      <fieldset disabled={progress !== null} className="min-w-0 space-y-6">
        {preview && draft && check ? (
          <MappingSections
            preview={preview}
            draft={draft}
            errors={errors}
            check={check}
            checking={checking}
            onChange={change}
          />
        ) : null}
      </fieldset>
      {preview && draft && check ? (
        <div className="space-y-4">
          {uploadProblem ? <ProblemBox title="The import failed; nothing was stored" problem={uploadProblem} /> : null}
          {progress ? (
            <div className="flex items-end gap-4">
              <div className="flex-1">
                <UploadProgress progress={progress} fileName={file?.name ?? ""} />
              </div>
              {!progress.finishing ? (
                <button type="button" className={secondaryButton} onClick={() => upload.current?.abort()}>
                  Cancel
                </button>
              ) : null}
            </div>
          ) : (
            <div className="flex justify-end">
              <button type="button" className={primaryButton} disabled={!canImport} onClick={submit}>
                {checking ? "Checking…" : "Import dataset"}
              </button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
