// The endpoint screens use the app's shared class lists.
export {
  card,
  chipButton,
  dangerButton,
  fieldError,
  hint,
  input,
  label,
  primaryButton,
  secondaryButton,
} from "@/components/ui/styles";
