import type { TEndpointView } from "@/lib/endpoints/view";
import type { TFieldErrors, TFormState } from "./form-state";

export type TSectionProps = {
  state: TFormState;
  update: (patch: Partial<TFormState>) => void;
  errors: TFieldErrors;
  /** The stored endpoint when editing; absent when registering. */
  endpoint?: TEndpointView | undefined;
};
