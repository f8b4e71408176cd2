/** The task pane's root: Fluent UI's provider and theme (CSS variables, see theme.ts) around the guide. */
import { FluentProvider } from "@fluentui/react-components";
import type { WorkbookHost } from "../excel/host";
import type { Language } from "../i18n";
import { message } from "./messages";
import { useThemeVariables } from "./theme";
import { Wizard } from "./Wizard";

export interface AppProps {
  /** The workbook, or null outside Excel (a plain browser has no host). */
  readonly host: WorkbookHost | null;
  readonly language: Language;
  readonly version: string;
}

export function App({ host, language, version }: AppProps) {
  useThemeVariables();
  return (
    <FluentProvider lang={language}>
      {host === null ? (
        <main>
          <h1>{message("appTitle", {}, language)}</h1>
          <p>{message("needsExcel", {}, language)}</p>
        </main>
      ) : (
        <Wizard host={host} language={language} version={version} />
      )}
    </FluentProvider>
  );
}
