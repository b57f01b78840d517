import { describe, expect, it } from "vitest";
import { buildCompletion, readLastUserText, ZChatCompletionRequest } from "./chat-protocol";
import { parseLocalModelName } from "./model-name";

describe("chat protocol", () => {
  it("reads the last user message, text parts included", () => {
    const messages = [
      { role: "user", content: "first" },
      { role: "assistant", content: "reply" },
      {
        role: "user",
        content: [
          { type: "text", text: "second " },
          { type: "text", text: "part" },
        ],
      },
    ];
    expect(readLastUserText(messages)).toBe("second part");
  });

  it("builds an OpenAI-shaped completion with usage of about chars / 4", () => {
    const request = ZChatCompletionRequest.parse({ model: "m", messages: [{ role: "user", content: "x".repeat(40) }] });
    const completion = buildCompletion(request, "neoplasms");
    expect(completion.choices[0]?.message.content).toBe("neoplasms");
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage).toEqual({ prompt_tokens: 10, completion_tokens: 3, total_tokens: 13 });
  });

  it("cuts an answer longer than max_tokens and says so", () => {
    const request = ZChatCompletionRequest.parse({
      model: "m",
      messages: [{ role: "user", content: "q" }],
      max_tokens: 2,
    });
    const completion = buildCompletion(request, "a long retrieved answer");
    expect(completion.choices[0]?.message.content).toBe("a long r");
    expect(completion.choices[0]?.finish_reason).toBe("length");
  });

  it("parses local model names and refuses others", () => {
    const id = "0190a3b4-1c2d-7e8f-9a0b-1c2d3e4f5a6b";
    expect(parseLocalModelName(`naive-bayes:${id}`)).toEqual({ kind: "naive-bayes", datasetId: id });
    expect(parseLocalModelName(`gpt-4o:${id}`)).toBeNull();
    expect(parseLocalModelName("majority:not-a-uuid")).toBeNull();
    expect(parseLocalModelName("majority")).toBeNull();
  });
});
