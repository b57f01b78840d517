import { ApiError } from "@/lib/api/errors";
import { describeUsage, type TEndpointUsage } from "./usage";

export function endpointNotFound(): ApiError {
  return new ApiError(404, "not_found", "No model endpoint with this id.");
}

/** 409 with field details shaped like a 422's, so forms show it next to the name field. */
export function nameTaken(name: string): ApiError {
  const message = `A model named "${name}" already exists. Choose another name.`;
  return new ApiError(409, "name_taken", message, [{ path: "name", message }]);
}

export function endpointInUse(name: string, usage: TEndpointUsage): ApiError {
  const uses = describeUsage(usage) ?? "runs, judgings or fine-tunes";
  return new ApiError(
    409,
    "endpoint_in_use",
    `"${name}" is used by ${uses}. Delete those first: their results would lose the model they came from.`,
    usage,
  );
}
