/**
 * Byte counts in powers of 1000, as file managers show them: "999 bytes", "245.1 KB", "2 GB". Pure: used by the
 * upload limits' messages (lib/datasets) and by the UI kit (components/ui/format.ts).
 */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${rounded} ${units[unit]}`;
}
