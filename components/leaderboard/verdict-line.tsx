/** One muted line under a row's identity: its verdict against the best and the smallest gap its test could detect. */
export function VerdictLine({ text }: { text: string | null }) {
  if (text === null) return null;
  return (
    <span className="mt-0.5 block max-w-72 text-xs font-normal leading-snug text-slate-500" data-testid="verdict">
      {text}
    </span>
  );
}
