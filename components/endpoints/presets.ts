/** One click fills the base URL for the common OpenAI-compatible servers (their default local ports). */
export const BASE_URL_PRESETS = [
  { label: "OpenAI", baseUrl: "https://api.openai.com/v1" },
  { label: "vLLM", baseUrl: "http://127.0.0.1:8000/v1" },
  { label: "Ollama", baseUrl: "http://127.0.0.1:11434/v1" },
  { label: "LM Studio", baseUrl: "http://127.0.0.1:1234/v1" },
  { label: "llama.cpp", baseUrl: "http://127.0.0.1:8080/v1" },
] as const;

export const TAG_SUGGESTIONS = ["commercial", "fine-tuned", "base", "open-weights"] as const;
