import { formatModelIdLabel } from "./model-id-label";

/** A model id in tables and headers: shortened for reading (see formatModelIdLabel), in full on hover. */
export function ModelId({ model, className = "" }: { model: string; className?: string }) {
  return (
    <span className={`font-mono ${className}`.trim()} title={model}>
      {formatModelIdLabel(model)}
    </span>
  );
}
