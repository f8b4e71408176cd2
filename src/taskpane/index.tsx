/** Entry of the task pane bundle: waits for Office, then renders the guide over the workbook. */
import { createRoot } from "react-dom/client";
import packageJson from "../../package.json";
import { createOfficeHost } from "../excel/office-host";
import { taskPaneSupported } from "../excel/requirements";
import { languageFromLocale } from "../i18n";
import { App } from "./App";
import { officeVisibility } from "./visibility";

/** Office's UI language, or undefined outside Office (a plain browser has no host context). */
function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

function render(inExcel: boolean): void {
  const container = document.getElementById("root");
  if (!container) return;
  const language = languageFromLocale(officeDisplayLanguage());
  document.documentElement.lang = language;
  // Checked before anything reads the workbook (src/excel/requirements.ts).
  const tooOld = inExcel && !taskPaneSupported(Office.context.requirements);
  createRoot(container).render(
    <App
      host={inExcel ? createOfficeHost(language) : null}
      tooOld={tooOld}
      language={language}
      version={packageJson.version}
      visibility={inExcel ? officeVisibility(document, Office.addin) : undefined}
    />
  );
}

if (typeof Office === "undefined") {
  render(false);
} else {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
}
