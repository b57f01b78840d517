import { z } from "zod";

export const COMPARE_SIDES = ["discordant", "onlyA", "onlyB"] as const;

/** `b=dataset`: compare run A with the dataset's reference answers (open QA, through a reference judging). */
export const REFERENCE_SIDE = "dataset";

export const ZCompareQuery = z
  .object({
    a: z.uuid({ message: "a must be a run id (uuid)" }),
    b: z.union([z.uuid(), z.literal(REFERENCE_SIDE)], {
      message: `b must be a run id (uuid) or "${REFERENCE_SIDE}" for the reference answers`,
    }),
    /**
     * Which disagreements to list: every discordant pair, or only those where one side wins (classification: the
     * only run right; open QA: the higher judge score).
     */
    side: z.enum(COMPARE_SIDES).default("discordant"),
    /** Open QA: the judge endpoint whose scores are compared; by default the newest judge common to both sides. */
    judge: z.uuid({ message: "judge must be a judge endpoint id (uuid)" }).optional(),
    /**
     * Keyset cursor, opaque to clients: classification pages by sample index (`12`), open QA by score gap then
     * index (`7-12`).
     */
    cursor: z
      .string()
      .regex(/^(-?\d{1,9}|\d-\d{1,9})$/, { message: "cursor is not a cursor from this API" })
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(25),
  })
  .refine((query) => query.a !== query.b, { message: "pick two different runs", path: ["b"] });
export type TCompareQuery = z.infer<typeof ZCompareQuery>;
export type TCompareSide = (typeof COMPARE_SIDES)[number];

/** The classification cursor: the last sample index of the previous page (-1 = from the start). */
export function parseIndexCursor(cursor: string | undefined): number | null {
  if (cursor === undefined) return -1;
  return /^-?\d+$/.test(cursor) ? Number(cursor) : null;
}

/** The open-QA cursor: the |score gap| and sample index of the last row of the previous page. */
export type TGapCursor = { gap: number; index: number };

export function parseGapCursor(cursor: string | undefined): TGapCursor | null {
  // Gaps are 1..9, so 10 starts above every row.
  if (cursor === undefined) return { gap: 10, index: -1 };
  const match = /^(\d)-(\d+)$/.exec(cursor);
  return match ? { gap: Number(match[1]), index: Number(match[2]) } : null;
}

export function formatGapCursor(cursor: TGapCursor): string {
  return `${cursor.gap}-${cursor.index}`;
}
