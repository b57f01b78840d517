import { z } from "zod";
import { ZOutputFilters } from "@/lib/outputs/filters";
import { ZExportFormat } from "./formats";

/** The outputs list's filters plus the file format. */
export const ZOutputExportQuery = z.intersection(ZOutputFilters, z.object({ format: ZExportFormat.default("csv") }));
