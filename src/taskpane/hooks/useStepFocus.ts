/* global HTMLHeadingElement */
/**
 * Focus follows the step: each new step's heading takes focus, so a screen reader starts
 * reading there. Opening the pane does not (focus stays in Excel).
 */
import { useEffect, useRef, type RefObject } from "react";

export function useStepFocus(step: string): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);
  return heading;
}
