import { STATUS_STYLES, type TOutputStatus } from "./output-status";

export function OutputStatusPill({ status }: { status: TOutputStatus }) {
  const style = STATUS_STYLES[status];
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.className}`}
    >
      {style.label}
    </span>
  );
}
