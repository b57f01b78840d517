import { z } from "zod";

/** A GET form sends empty fields for unset filters: "" means "no filter". */
export const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** An optional id filter in a query string (`?datasetId=`): a uuid, or absent/blank. */
export const ZOptionalIdFilter = z.preprocess(blankToUndefined, z.uuid().optional());
