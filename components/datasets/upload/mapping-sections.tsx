import { TextField } from "./fields";
import { LabelPreview } from "./label-preview";
import { MappingForm } from "./mapping-form";
import { PreviewTable } from "./preview-table";
import { FormSection } from "@/components/ui/form-section";
import { SplitForm } from "./split-form";
import type { TUploadPreview } from "@/lib/datasets/preview-upload";
import type { TDraftErrors, TUploadDraft } from "./upload-draft";
import type { TMappingCheck } from "./use-mapping-check";

type TProps = {
  preview: TUploadPreview;
  draft: TUploadDraft;
  errors: TDraftErrors;
  check: TMappingCheck;
  checking: boolean;
  onChange: (patch: Partial<TUploadDraft>) => void;
};

/**
 * The first rows with the role of each column. Not a form control, so it stays outside the fieldset that freezes the
 * form during an upload: its scrollable table must stay reachable by keyboard.
 */
export function PreviewSection({ preview, draft }: Pick<TProps, "preview" | "draft">) {
  return (
    <FormSection
      layout="narrow"
      title="Preview"
      description={`The first ${preview.rows.length} rows, with the role of each column.`}
    >
      <PreviewTable columns={preview.columns} rows={preview.rows} draft={draft} />
    </FormSection>
  );
}

/** Everything between the preview and importing: the mapping, its check and the split. */
export function MappingSections({ preview, draft, errors, check, checking, onChange }: TProps) {
  return (
    <>
      <FormSection
        layout="narrow"
        title="Columns"
        description="Name the dataset, pick the task and say which column is which."
      >
        <TextField
          className="sm:max-w-md"
          label="Dataset name"
          value={draft.name}
          error={errors.name}
          onValueChange={(name) => onChange({ name })}
        />
        <MappingForm
          columns={preview.columns}
          draft={draft}
          errors={errors}
          suggestedTask={preview.suggested.task}
          onChange={onChange}
        />
      </FormSection>
      <FormSection
        layout="narrow"
        title={draft.task === "CLASSIFICATION" ? "Label set" : "Check"}
        description="What the import will find, checked on the server with this mapping."
      >
        <LabelPreview
          task={draft.task}
          check={check.result}
          rowsRead={check.rowsRead}
          partial={check.partial}
          checking={checking}
        />
      </FormSection>
      <FormSection
        layout="narrow"
        title="Train and test"
        description="Models are evaluated on test rows; k-shot examples come from train rows."
      >
        <SplitForm
          columns={preview.columns}
          draft={draft}
          errors={errors}
          splits={check.result.ok ? check.result.splits : null}
          onChange={onChange}
        />
      </FormSection>
    </>
  );
}
