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
