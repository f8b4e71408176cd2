/** The task pane's root: Fluent UI's provider and theme (CSS variables, see theme.ts) around the guide. */
import { FluentProvider } from "@fluentui/react-components";
import type { WorkbookHost } from "../excel/host";
import { TASK_PANE_REQUIREMENT } from "../excel/requirements";
import type { Language } from "../i18n";
import { message } from "./messages";
import { useThemeVariables } from "./theme";
import type { PaneVisibility } from "./visibility";
import { Wizard } from "./Wizard";

export interface AppProps {
  /** The workbook, or null outside Excel (a plain browser has no host). */
  readonly host: WorkbookHost | null;
  readonly language: Language;
  readonly version: string;
  /** Excel lacks the requirement set the guide needs (src/excel/requirements.ts): say so, read nothing. */
  readonly tooOld?: boolean;
  /** Whether the pane is shown (the shared runtime may load it hidden); default: always. */
  readonly visibility?: PaneVisibility;
}

export function App({ host, language, version, tooOld = false, visibility }: AppProps) {
  useThemeVariables();
  return (
    <FluentProvider lang={language}>
      {host === null || tooOld ? (
        <main>
          <h1>{message("appTitle", {}, language)}</h1>
          <p role={tooOld ? "alert" : undefined}>
            {tooOld
              ? message("excelTooOld", { version: TASK_PANE_REQUIREMENT.version }, language)
              : message("needsExcel", {}, language)}
          </p>
        </main>
      ) : (
        <Wizard host={host} language={language} version={version} visibility={visibility} />
      )}
    </FluentProvider>
  );
}
