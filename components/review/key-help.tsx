function K({ children }: { children: string }) {
  return <kbd className="rounded border border-slate-300 px-1 text-xs text-slate-600">{children}</kbd>;
}

/** The keys of the queue's decision mode. */
export function KeyHelp({ mode }: { mode: "label" | "grade" | "prefer" }) {
  return (
    <p className="text-sm text-slate-600">
      Keys: <K>j</K>/<K>k</K> next/previous,{" "}
      {mode === "label" ? (
        <>
          <K>1</K>-<K>9</K> pick a label, <K>r</K> relabel, <K>a</K> alias, <K>c</K> confirm wrong, <K>x</K>{" "}
          exclude,{" "}
        </>
      ) : mode === "grade" ? (
        <>
          <K>1</K>-<K>9</K> give that grade,{" "}
        </>
      ) : (
        <>
          <K>1</K> A is better, <K>2</K> B is better, <K>3</K> tie,{" "}
        </>
      )}
      <K>u</K> undo, <K>n</K> write a note, <K>o</K> your next open item.
    </p>
  );
}
