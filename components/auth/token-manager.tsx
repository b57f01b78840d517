"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { TableHead } from "@/components/ui/table-head";
import { card, cardTitle, errorBox, hint, input, label, primaryButton, secondaryButton } from "@/components/ui/styles";
import { authClient, describeAuthError } from "@/lib/auth/client";

export type TTokenRow = { id: string; name: string; start: string; createdAt: string; lastUsedAt: string | null };

const columns = [
  { key: "name", label: "Name" },
  { key: "start", label: "Starts with" },
  { key: "created", label: "Created" },
  { key: "used", label: "Last used" },
  { key: "actions", label: <span className="sr-only">Actions</span> },
];

export function TokenManager({ tokens }: { tokens: TTokenRow[] }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function create(form: FormData) {
    setPending(true);
    setError("");
    const name = String(form.get("name")).trim();
    const { data, error: failure } = await authClient.apiKey.create({ name });
    setPending(false);
    if (failure || !data) return setError(describeAuthError(failure));
    setCreated({ name, key: data.key });
    router.refresh();
  }

  async function revoke(token: TTokenRow) {
    if (!window.confirm(`Revoke "${token.name}"? Scripts using it stop working at once.`)) return;
    const { error: failure } = await authClient.apiKey.delete({ keyId: token.id });
    if (failure) return setError(describeAuthError(failure));
    if (created?.name === token.name) setCreated(null);
    router.refresh();
  }

  return (
    <div className="space-y-6">
      <section className={`${card} p-5`}>
        <h2 className={cardTitle}>New token</h2>
        <form action={create} className="mt-4 flex items-end gap-3">
          <div className="w-80">
            <label htmlFor="token-name" className={label}>
              Name
            </label>
            <input
              id="token-name"
              name="name"
              required
              maxLength={64}
              placeholder="CI nightly"
              className={`${input} mt-1`}
            />
          </div>
          <button type="submit" className={primaryButton} disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
        </form>
        {created ? <NewToken name={created.name} value={created.key} /> : null}
        {error ? (
          <p role="alert" className={`${errorBox} mt-4`}>
            {error}
          </p>
        ) : null}
      </section>
      <section className={`${card} overflow-hidden`}>
        {tokens.length === 0 ? (
          <p className="px-5 py-8 text-center text-sm text-slate-600">No tokens yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <TableHead columns={columns} />
            <tbody className="divide-y divide-slate-100">
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td className="px-4 py-3 pl-5 font-medium text-slate-900">{token.name}</td>
                  <td className="px-4 py-3 font-mono text-xs text-slate-600">{token.start}…</td>
                  <td className="px-4 py-3 text-slate-600">{formatDate(token.createdAt)}</td>
                  <td className="px-4 py-3 text-slate-600">
                    {token.lastUsedAt ? formatDate(token.lastUsedAt) : "never"}
                  </td>
                  <td className="px-4 py-3 pr-5 text-right">
                    <button type="button" className={secondaryButton} onClick={() => revoke(token)}>
                      Revoke<span className="sr-only"> {token.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function NewToken({ name, value }: { name: string; value: string }) {
  return (
    <div className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 p-4">
      <p className="text-sm font-medium text-emerald-900">
        Token &ldquo;{name}&rdquo; created. Copy it now: it is not shown again.
      </p>
      <div className="mt-2 flex items-center gap-2">
        <code data-testid="new-token" className="min-w-0 flex-1 truncate rounded bg-white px-3 py-2 font-mono text-xs">
          {value}
        </code>
        <button type="button" className={secondaryButton} onClick={() => navigator.clipboard?.writeText(value)}>
          Copy
        </button>
      </div>
      <p className={`${hint} font-mono`}>
        curl -H &quot;Authorization: Bearer {value.slice(0, 8)}…&quot; {window.location.origin}/api/runs
      </p>
    </div>
  );
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
