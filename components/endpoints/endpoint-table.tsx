import Link from "next/link";
import { TableHead, type TColumn } from "@/components/ui/table-head";
import type { TEndpointView } from "@/lib/endpoints/view";
import { formatHost, formatKey, formatLimits, formatPrice } from "./format";
import { card } from "./styles";
import { TagPills } from "./tag-pills";

const COLUMNS: TColumn[] = [
  { key: "name", label: "Name" },
  { key: "model", label: "Model" },
  { key: "server", label: "Server" },
  { key: "tags", label: "Tags" },
  {
    key: "price",
    className: "text-right",
    label: (
      <>
        <span className="block">$ / 1M tokens</span>
        <span className="block font-normal normal-case tracking-normal">input / output</span>
      </>
    ),
  },
  { key: "limits", label: "Limits" },
  { key: "key", label: "API key" },
];

export function EndpointTable({ endpoints }: { endpoints: TEndpointView[] }) {
  return (
    <div className={`${card} overflow-x-auto`}>
      <table className="w-full text-left text-sm">
        <TableHead columns={COLUMNS} />
        <tbody className="divide-y divide-slate-100">
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id} className="align-top hover:bg-slate-50/60">
              <th scope="row" className="px-4 py-4 pl-5 font-medium">
                <Link href={`/models/${endpoint.id}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
                  {endpoint.name}
                </Link>
              </th>
              <td className="max-w-48 break-words px-4 py-4 font-mono text-xs text-slate-700">{endpoint.model}</td>
              <td className="px-4 py-4 font-mono text-xs text-slate-600" title={endpoint.baseUrl}>
                {formatHost(endpoint.baseUrl)}
              </td>
              <td className="px-4 py-4">
                <TagPills tags={endpoint.tags} />
              </td>
              <td className="whitespace-nowrap px-4 py-4 text-right tabular-nums text-slate-700">
                {formatPrice(endpoint.inputPricePerM)} <span className="text-slate-500">/</span>{" "}
                {formatPrice(endpoint.outputPricePerM)}
              </td>
              <td className="whitespace-nowrap px-4 py-4 text-xs text-slate-600">
                {formatLimits(endpoint).map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </td>
              <td className="px-4 py-4 pr-5">
                <span
                  className={endpoint.hasApiKey ? "font-mono text-xs text-slate-700" : "text-xs italic text-slate-500"}
                >
                  {formatKey(endpoint)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
