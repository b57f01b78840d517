// The dataset screens use the app's shared class lists, plus the split colours of their charts.
export {
  card,
  cardTitle,
  dangerButton,
  errorBox,
  hint,
  input,
  label,
  primaryButton,
  secondaryButton,
  select,
  warningBox,
} from "@/components/ui/styles";

/** Train and test in every chart and legend. */
export const splitColors = { train: "#a5b4fc", test: "#4f46e5" } as const;
