import type { ScreenProps } from "../screens";
import { Empty } from "../ui";

// Placeholder until the screen is written (issue #4 work in progress).
export function Availability(_props: ScreenProps) {
  return <Empty title="Availability">This screen is being built.</Empty>;
}
