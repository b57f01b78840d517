/**
 * One click fills the base URL for the common OpenAI-compatible servers (their default local ports), and the field a
 * guided choice goes in: newer vLLM releases read `structured_outputs: { choice }` instead of `guided_choice`.
 */
export const BASE_URL_PRESETS = [
  { label: "OpenAI", baseUrl: "https://api.openai.com/v1", guidedChoiceField: "guided_choice" },
  { label: "vLLM", baseUrl: "http://127.0.0.1:8000/v1", guidedChoiceField: "structured_outputs" },
  { label: "Ollama", baseUrl: "http://127.0.0.1:11434/v1", guidedChoiceField: "guided_choice" },
  { label: "LM Studio", baseUrl: "http://127.0.0.1:1234/v1", guidedChoiceField: "guided_choice" },
  { label: "llama.cpp", baseUrl: "http://127.0.0.1:8080/v1", guidedChoiceField: "guided_choice" },
] as const;

export const TAG_SUGGESTIONS = ["commercial", "fine-tuned", "base", "open-weights"] as const;
