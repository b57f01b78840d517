// The app's class lists (slate, indigo accent, white rounded cards), shared by every screen.
export const card = "rounded-xl border border-slate-200 bg-white";
export const cardTitle = "text-base font-semibold text-slate-900";
// Buttons animate colours only: an opacity transition (disabled → enabled) would show text at low contrast for 150 ms.
export const primaryButton =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm transition-colors hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButton =
  "inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-700 shadow-sm transition-colors hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-60";
export const dangerButton =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-rose-600 px-4 py-2 text-sm font-medium text-white shadow-sm transition-colors hover:bg-rose-500 disabled:cursor-not-allowed disabled:opacity-60";
export const chipButton =
  "rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs font-medium text-slate-700 transition hover:border-indigo-300 hover:text-indigo-700 aria-pressed:border-indigo-500 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700";
export const input =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-slate-400 disabled:bg-slate-50 disabled:text-slate-500 aria-invalid:border-rose-400 aria-invalid:bg-rose-50/40";
export const select =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs disabled:bg-slate-50 disabled:text-slate-500 aria-invalid:border-rose-400";
/** A link in running text: underlined, so it is told apart by more than its colour (WCAG 1.4.1). */
export const textLink =
  "text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:text-indigo-900 hover:decoration-indigo-700";
export const label = "block text-sm font-medium text-slate-800";
export const hint = "mt-1 text-xs text-slate-500";
export const fieldError = "mt-1 text-xs font-medium text-rose-700";
export const errorBox = "rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800";
export const warningBox = "rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900";
