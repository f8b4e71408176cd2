/**
 * Layout classes that several steps share (AssumptionsStep and DataStep lay out their sections
 * alike), as plain class names over one static stylesheet in Fluent UI's design tokens. Styles
 * that belong to one component live in that component's file (`makeStyles`).
 *
 * Griffel turns both into CSS at build time and the build extracts it into one stylesheet, so
 * none of this is compiled in the browser (see webpack.config.js).
 */
import { tokens as t } from "@fluentui/react-components";
import { makeStaticStyles } from "@griffel/react";

/** Class names of the shared stylesheet. */
export const classes = {
  /** A column of blocks with the pane's vertical rhythm. */
  section: "kik-section",
  /** A heading inside a step (h3). */
  subheading: "kik-subheading",
  /** Small secondary text. */
  hint: "kik-hint",
  /** Blocks that belong to the choice above them. */
  indent: "kik-indent",
  /** A label over a group of fields. */
  fieldLegend: "kik-field-legend",
  /** A bulleted list of problems or notes. */
  problems: "kik-problems",
  /** A row of buttons. */
  actions: "kik-actions",
  /** Read by screen readers, not shown. */
  visuallyHidden: "kik-visually-hidden",
} as const;

/** Class names joined, falsy ones left out. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

const c = classes;

/** Inserts the shared stylesheet (the wizard's root calls it once). */
export const useSharedStyles = makeStaticStyles({
  [`.${c.section}`]: { display: "flex", flexDirection: "column", gap: t.spacingVerticalM },
  [`.${c.subheading}`]: {
    margin: 0,
    fontSize: t.fontSizeBase400,
    lineHeight: t.lineHeightBase400,
    fontWeight: t.fontWeightSemibold,
  },
  [`.${c.hint}`]: {
    fontSize: t.fontSizeBase200,
    lineHeight: t.lineHeightBase200,
    color: t.colorNeutralForeground3,
  },
  [`.${c.indent}`]: { paddingLeft: t.spacingHorizontalXXL },
  [`.${c.fieldLegend}`]: {
    padding: 0,
    marginBottom: t.spacingVerticalXXS,
    fontSize: t.fontSizeBase300,
    lineHeight: t.lineHeightBase300,
    fontWeight: t.fontWeightSemibold,
  },
  [`.${c.problems}`]: { margin: 0, paddingLeft: t.spacingHorizontalL },
  [`.${c.actions}`]: { display: "flex", flexWrap: "wrap", gap: t.spacingHorizontalS },
  [`.${c.visuallyHidden}`]: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0,0,0,0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
