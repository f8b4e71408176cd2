/**
 * Fluent UI's light theme as CSS variables on the page's root, instead of FluentProvider's
 * `theme` prop. Griffel evaluates the object below at build time and the build extracts it
 * into the stylesheet, so the theme's values ship once, as CSS, rather than as a JavaScript
 * object (5 KB gzip) that FluentProvider would turn into the same CSS when the pane opens.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { makeStaticStyles } from "@griffel/react";

/** `{ "--colorNeutralForeground1": "#242424", … }` for every token of `theme`. */
export function themeVariables(theme: Theme): Record<string, string> {
  return Object.fromEntries(
    Object.entries(theme).map(([name, value]) => [`--${name}`, String(value)])
  );
}

/** Inserts the theme's variables (the app's root calls it once). */
export const useThemeVariables = makeStaticStyles({ ":root": themeVariables(webLightTheme) });
