import type { Metadata } from "next";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { TableHead } from "@/components/ui/table-head";
import { StatusPill } from "@/components/ui/status-pill";
import { checkHealth } from "@/lib/health/check";
import { createAppHealthProbes } from "@/lib/health/probes";
import { countOnlineWorkers } from "@/lib/health/workers";

export const metadata: Metadata = { title: "System health" };

export default async function HealthPage() {
  await connection();
  const [health, workers] = await Promise.all([checkHealth(createAppHealthProbes()), countOnlineWorkers()]);
  const rows = [
    {
      part: "PostgreSQL",
      role: "Holds every dataset, run and output: the source of truth.",
      ok: health.db === "ok",
      detail: health.db,
    },
    { part: "Redis", role: "Delivers job ids to the workers.", ok: health.redis === "ok", detail: health.redis },
    {
      part: "Workers",
      role: "Processes that call the models and write outputs.",
      ok: (workers ?? 0) > 0,
      detail: workers === null ? "unknown" : `${workers} online`,
    },
  ];

  return (
    <>
      <PageHeader
        title="System health"
        description="Evalboard needs PostgreSQL, Redis and at least one workers process."
      />
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <TableHead
            columns={[
              { key: "part", label: "Component" },
              { key: "role", label: "Role" },
              { key: "status", label: "Status" },
            ]}
          />
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.part}>
                <th scope="row" className="px-5 py-4 font-medium">
                  {row.part}
                </th>
                <td className="px-4 py-4 text-slate-600">{row.role}</td>
                <td className="px-5 py-4">
                  <StatusPill tone={row.ok ? "ok" : "down"}>{row.detail}</StatusPill>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 text-sm text-slate-500">
        Machine-readable:{" "}
        <a className="font-mono text-indigo-700 underline" href="/api/health">
          GET /api/health
        </a>
      </p>
    </>
  );
}
