import type { ReactNode } from "react";
import { tableHead, th } from "./styles";

export type TColumn = { key: string; label: ReactNode; className?: string };

/** The header row of the app's list tables: the first and last cells line up with the card's padding. */
export function TableHead({ columns }: { columns: TColumn[] }) {
  return (
    <thead className={tableHead}>
      <tr>
        {columns.map((column, index) => {
          const edge = index === 0 ? "pl-5" : index === columns.length - 1 ? "pr-5" : "";
          return (
            <th key={column.key} scope="col" className={`${th} ${edge} ${column.className ?? ""}`.trim()}>
              {column.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
