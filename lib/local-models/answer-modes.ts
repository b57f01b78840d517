import { z } from "zod";
import type { TLabelLogprob } from "./posterior";

const ZLabels = z.array(z.string().max(1_000)).max(1_000);

/** The answer-mode fields of a chat request the local models honour (lib/answer-modes sends them). */
export const ZLocalAnswerModeFields = {
  response_format: z
    .looseObject({
      type: z.string().max(100),
      json_schema: z.looseObject({ schema: z.unknown().optional() }).optional(),
    })
    .nullish(),
  guided_choice: ZLabels.nullish(),
  structured_outputs: z.looseObject({ choice: ZLabels.optional() }).nullish(),
  logprobs: z.boolean().nullish(),
  top_logprobs: z.number().int().min(0).max(20).nullish(),
};

type TAnswerModeRequest = { [K in keyof typeof ZLocalAnswerModeFields]?: z.infer<(typeof ZLocalAnswerModeFields)[K]> };

/** What a local model predicted: its answer, and its posterior over the labels when it has one (naive Bayes). */
export type TLocalPrediction = { answer: string; posterior: TLabelLogprob[] | null };

function readEnum(request: TAnswerModeRequest): string[] | null {
  const schema = request.response_format?.json_schema?.schema;
  const parsed = z.object({ properties: z.object({ label: z.object({ enum: ZLabels }) }) }).safeParse(schema);
  return parsed.success ? parsed.data.properties.label.enum : null;
}

/**
 * The reply the request's answer mode asks for. With a label set (a JSON enum or a guided choice) the answer is
 * constrained to it, as constrained decoding would: a prediction off the set becomes the most probable label on
 * it (the first label without a posterior), so keyword zero-shot is valid by construction. JSON mode wraps it as
 * `{"label": ...}`. With `logprobs`, the label is one token whose alternatives are the other labels' posteriors.
 */
export function shapeLocalAnswer(request: TAnswerModeRequest, prediction: TLocalPrediction) {
  const json = request.response_format?.type === "json_schema";
  const labels = (json ? readEnum(request) : null) ?? request.guided_choice ?? request.structured_outputs?.choice;
  let label = prediction.answer;
  if (labels && labels.length > 0 && !labels.includes(label)) {
    label = prediction.posterior?.find((item) => labels.includes(item.label))?.label ?? labels[0]!;
  }
  const [before, after] = json ? ['{"label":"', '"}'] : ["", ""];
  const content = json ? JSON.stringify({ label }) : labels ? label : prediction.answer;
  if (!request.logprobs) return { content, logprobs: null };
  const labelToken = JSON.stringify(label).slice(1, -1);
  const posterior = prediction.posterior ?? [{ label, logprob: 0 }];
  const own = posterior.find((item) => item.label === label)?.logprob ?? 0;
  const top = posterior
    .slice(0, request.top_logprobs ?? 0)
    .map((item) => ({ token: json ? JSON.stringify(item.label).slice(1, -1) : item.label, logprob: item.logprob }));
  const certain = (token: string) => ({ token, logprob: 0, top_logprobs: [{ token, logprob: 0 }] });
  const tokens = [
    ...(before ? [certain(before)] : []),
    { token: json ? labelToken : content, logprob: own, top_logprobs: top },
    ...(after ? [certain(after)] : []),
  ];
  return { content, logprobs: { content: tokens } };
}
