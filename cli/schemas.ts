import { ZCreatedIds, JOB_FINISHED } from "@/lib/api/openapi/responses/shared";
import {
  ZDatasetList as ZRouteDatasetList,
  ZUploadedDataset as ZRouteUploadedDataset,
} from "@/lib/api/openapi/responses/datasets";
import { ZEndpointList as ZRouteEndpointList } from "@/lib/api/openapi/responses/endpoints";
import { ZRunView as ZRouteRunView } from "@/lib/api/openapi/responses/runs";
import { toWireSchema } from "@/lib/api/openapi/wire";
import type { z } from "zod";

// What the CLI reads, with the routes' own response schemas (the ones their handlers are type-checked against and
// the OpenAPI document is generated from), in their wire form: timestamps as ISO strings. Nothing is restated here,
// so the CLI cannot drift from the server; the gate's schema is lib/gate/schemas.ts, used by its route likewise.

export const ZDatasetList = toWireSchema(ZRouteDatasetList);
export const ZEndpointList = toWireSchema(ZRouteEndpointList);
export const ZUploadedDataset = toWireSchema(ZRouteUploadedDataset);
export const ZCreatedRuns = toWireSchema(ZCreatedIds);
export const ZRunView = toWireSchema(ZRouteRunView);
export type TRunView = z.output<typeof ZRunView>;

export const RUN_FINISHED = JOB_FINISHED;
