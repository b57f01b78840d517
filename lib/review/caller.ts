import { ApiError } from "@/lib/api/errors";
import { resolvePrincipal } from "@/lib/auth/principal";

/**
 * The signed-in person behind a review request (session or personal token): decisions are recorded under their id.
 * proxy.ts has already checked the role; the workers' local-model key is nobody and may not review.
 */
export async function requireReviewerId(request: Request): Promise<string> {
  const { principal } = await resolvePrincipal(request.headers);
  if (principal?.kind !== "user") throw new ApiError(403, "forbidden", "Reviews are recorded under a signed-in user.");
  return principal.userId;
}
