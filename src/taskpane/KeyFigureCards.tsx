/** The report's key figures as a grid of cards, each a labelled article. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { KeyFigure } from "../report/plan";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    height: "100%",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  text: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});

/**
 * What a figure is held against (the budget for the same years, the target, the goal). Read by
 * a cast until the report's `KeyFigure.comparison` (issue 11) is merged; then read it directly.
 */
type Compared = KeyFigure & {
  readonly comparison?: { readonly label: string; readonly text: string };
};

export function KeyFigureCards({ figures }: { figures: readonly KeyFigure[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.grid}>
      {figures.map((k: Compared) => (
        <li key={k.id}>
          <article className={styles.card} aria-labelledby={`kik-kf-${k.id}`}>
            <h4 id={`kik-kf-${k.id}`} className={styles.title}>
              {k.label}
            </h4>
            <span className={styles.value}>{k.text}</span>
            {k.comparison !== undefined && (
              <p className={styles.text}>
                {k.comparison.label}: <strong>{k.comparison.text}</strong>
              </p>
            )}
            <p className={styles.text}>{k.explanation}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
