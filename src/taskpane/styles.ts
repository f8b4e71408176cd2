/**
 * The wizard's own styles: one static stylesheet over Fluent UI's design tokens (CSS
 * variables set by FluentProvider), so the pane looks like the Fluent components in it and
 * follows the theme.
 *
 * Why not `makeStyles`: Fluent's components ship their styles precompiled, but `makeStyles`
 * compiles at runtime and brings Griffel's CSS compiler along (stylis, rtl-css-js): about
 * 8 KB gzip, a twentieth of the pane's whole budget. The pane is Danish or English, so it
 * needs none of the right-to-left flipping that compiler exists for.
 */
import { tokens as t } from "@fluentui/react-components";

/** Class names of the stylesheet below. */
export const classes = {
  root: "kik-root",
  appTitle: "kik-app-title",
  steps: "kik-steps",
  stepItem: "kik-step",
  stepCurrent: "kik-step-current",
  stepHeading: "kik-step-heading",
  stepOf: "kik-step-of",
  section: "kik-section",
  subheading: "kik-subheading",
  problems: "kik-problems",
  warnings: "kik-warnings",
  actions: "kik-actions",
  nav: "kik-nav",
  cards: "kik-cards",
  card: "kik-card",
  cardTitle: "kik-card-title",
  cardValue: "kik-card-value",
  cardText: "kik-card-text",
  chart: "kik-chart",
  legend: "kik-legend",
  swatch: "kik-swatch",
  hint: "kik-hint",
  indent: "kik-indent",
  progress: "kik-progress",
  link: "kik-link",
  stepButton: "kik-step-button",
  links: "kik-links",
  visuallyHidden: "kik-visually-hidden",
  // controls.tsx
  field: "kik-field",
  inputRow: "kik-input-row",
  label: "kik-label",
  error: "kik-error",
  fieldset: "kik-fieldset",
  fieldLegend: "kik-field-legend",
  option: "kik-option",
  disabled: "kik-disabled",
  box: "kik-box",
  switch: "kik-switch",
  notice: "kik-notice",
  noticeError: "kik-notice-error",
  noticeSuccess: "kik-notice-success",
  noticeTitle: "kik-notice-title",
} as const;

/** Class names joined, falsy ones left out. */
export function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

const small = `font-size:${t.fontSizeBase200};line-height:${t.lineHeightBase200}`;
const body = `font-size:${t.fontSizeBase300};line-height:${t.lineHeightBase300}`;
const focus = `outline:2px solid ${t.colorStrokeFocus2};outline-offset:2px`;
const c = classes;

/** The stylesheet, rendered once by the wizard. */
export const WIZARD_CSS = `
.${c.root}{display:flex;flex-direction:column;gap:${t.spacingVerticalM};padding:${t.spacingHorizontalL};min-height:100vh;box-sizing:border-box;font-family:${t.fontFamilyBase};${body};color:${t.colorNeutralForeground1}}
.${c.root} p{margin:0}
.${c.appTitle}{margin:0;font-size:${t.fontSizeBase400};line-height:${t.lineHeightBase400};font-weight:${t.fontWeightSemibold}}
.${c.steps}{display:flex;flex-wrap:wrap;gap:${t.spacingHorizontalXS};list-style:none;margin:0;padding:0}
.${c.stepItem}{display:flex;align-items:center;min-height:32px;padding:0 ${t.spacingHorizontalS};border-radius:${t.borderRadiusMedium};color:${t.colorNeutralForeground3}}
.${c.stepCurrent}{background:${t.colorBrandBackground2};color:${t.colorNeutralForeground1};font-weight:${t.fontWeightSemibold}}
.${c.stepHeading}{margin:0;font-size:${t.fontSizeBase500};line-height:${t.lineHeightBase500};font-weight:${t.fontWeightSemibold}}
.${c.stepHeading}:focus-visible{${focus}}
.${c.stepOf}{color:${t.colorNeutralForeground3}}
.${c.section}{display:flex;flex-direction:column;gap:${t.spacingVerticalM}}
.${c.subheading}{margin:0;font-size:${t.fontSizeBase400};line-height:${t.lineHeightBase400};font-weight:${t.fontWeightSemibold}}
.${c.problems}{margin:0;padding-left:${t.spacingHorizontalL}}
.${c.warnings}{color:${t.colorNeutralForeground2}}
.${c.actions}{display:flex;flex-wrap:wrap;gap:${t.spacingHorizontalS}}
.${c.nav}{display:flex;justify-content:space-between;gap:${t.spacingHorizontalS};margin-top:auto;padding-top:${t.spacingVerticalM}}
.${c.cards}{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:${t.spacingHorizontalS};list-style:none;margin:0;padding:0}
.${c.card}{display:flex;flex-direction:column;gap:${t.spacingVerticalXS};height:100%;box-sizing:border-box;padding:${t.spacingHorizontalM};border-radius:${t.borderRadiusMedium};background:${t.colorNeutralBackground1};box-shadow:${t.shadow4};color:${t.colorNeutralForeground1}}
.${c.cardTitle}{margin:0;${small};font-weight:${t.fontWeightSemibold};color:${t.colorNeutralForeground2}}
.${c.cardValue}{font-size:${t.fontSizeBase500};line-height:${t.lineHeightBase500};font-weight:${t.fontWeightSemibold}}
.${c.cardText}{${small}}
.${c.chart}{width:100%;max-width:420px;height:auto}
.${c.legend}{display:flex;flex-wrap:wrap;gap:${t.spacingHorizontalM};list-style:none;margin:0;padding:0;${small}}
.${c.swatch}{display:inline-block;width:12px;height:3px;margin-right:${t.spacingHorizontalXS};vertical-align:middle}
.${c.hint}{${small};color:${t.colorNeutralForeground3}}
.${c.indent}{padding-left:${t.spacingHorizontalXXL}}
.${c.progress}{display:flex;flex-direction:column;gap:${t.spacingVerticalXS}}
.${c.root} .${c.link}{min-width:0;padding:0;color:${t.colorBrandForegroundLink};text-decoration:underline;font-weight:${t.fontWeightRegular}}
.${c.root} .${c.link}:hover{color:${t.colorBrandForegroundLinkHover}}
.${c.root} .${c.stepButton}{min-width:0;padding:0;font-size:inherit;font-weight:inherit;color:${t.colorBrandForegroundLink};text-decoration:underline}
.${c.links}{margin:0;padding-left:${t.spacingHorizontalL}}
.${c.visuallyHidden}{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.${c.field}{display:flex;flex-direction:column;gap:${t.spacingVerticalXXS}}
.${c.inputRow}{display:flex;gap:${t.spacingHorizontalS}}
.${c.inputRow}>span{flex:1 1 auto;min-width:0}
.${c.inputRow}>button{flex:0 0 auto}
.${c.label}{${body};color:${t.colorNeutralForeground1}}
.${c.error}{${small};color:${t.colorPaletteRedForeground1}}
.${c.fieldset}{border:none;margin:0;padding:0;min-width:0}
.${c.fieldLegend}{padding:0;margin-bottom:${t.spacingVerticalXXS};${body};font-weight:${t.fontWeightSemibold}}
.${c.option}{display:flex;align-items:center;gap:${t.spacingHorizontalS};min-height:32px;${body};cursor:pointer}
.${c.disabled}{color:${t.colorNeutralForegroundDisabled};cursor:default}
.${c.box}{flex-shrink:0;width:16px;height:16px;margin:0;accent-color:${t.colorCompoundBrandBackground};cursor:inherit}
.${c.box}:focus-visible,.${c.switch}:focus-visible{${focus}}
.${c.switch}{appearance:none;position:relative;flex-shrink:0;width:40px;height:20px;margin:0;box-sizing:border-box;border-radius:${t.borderRadiusCircular};border:1px solid ${t.colorNeutralStrokeAccessible};background:${t.colorNeutralBackground1};cursor:pointer}
.${c.switch}::before{content:"";position:absolute;top:2px;left:2px;width:14px;height:14px;border-radius:${t.borderRadiusCircular};background:${t.colorNeutralForeground3};transition:transform ${t.durationNormal}}
.${c.switch}:checked{background:${t.colorCompoundBrandBackground};border-color:${t.colorTransparentStroke}}
.${c.switch}:checked::before{background:${t.colorNeutralForegroundInverted};transform:translateX(20px)}
@media (forced-colors:active){.${c.switch}{border-color:CanvasText}.${c.switch}::before{background:CanvasText}.${c.switch}:checked{background:Highlight}}
@media (prefers-reduced-motion:reduce){.${c.switch}::before{transition:none}}
.${c.notice}{display:flex;flex-direction:column;gap:${t.spacingVerticalXS};padding:${t.spacingVerticalS} ${t.spacingHorizontalM};border-radius:${t.borderRadiusMedium};border:1px solid ${t.colorNeutralStroke1}}
.${c.noticeError}{background:${t.colorStatusDangerBackground1};border-color:${t.colorStatusDangerBorder1}}
.${c.noticeSuccess}{background:${t.colorStatusSuccessBackground1};border-color:${t.colorStatusSuccessBorder1}}
.${c.noticeTitle}{font-weight:${t.fontWeightSemibold}}
`;
