import {
  Body1,
  FluentProvider,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

export type UiLanguage = "da" | "en";

/** English for English Office, Danish for everything else (the add-in's default locale). */
export function pickLanguage(displayLanguage: string | undefined): UiLanguage {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "da";
}

const text = {
  da: {
    title: "KIK – investeringsstrategi på beskæftigelsesområdet",
    body: "Guiden kommer snart. Indtil da kan du bruge KIK.*-funktionerne: skriv =KIK. i en celle for at se dem.",
  },
  en: {
    title: "KIK – investment strategy for employment services",
    body: "The guide is coming soon. Meanwhile the KIK.* functions are available: type =KIK. in a cell to see them.",
  },
} as const;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
});

export function App({ lang }: { lang: UiLanguage }) {
  const styles = useStyles();
  const t = text[lang];
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1">{t.title}</Title3>
        <Body1 as="p">{t.body}</Body1>
      </main>
    </FluentProvider>
  );
}
