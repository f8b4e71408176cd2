/** Entry of the task pane bundle: waits for Office, then renders the guide over the workbook. */
import { createRoot } from "react-dom/client";
import packageJson from "../../package.json";
import { createOfficeHost } from "../excel/office-host";
import { languageFromLocale } from "../i18n";
import { App } from "./App";

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
  const host = inExcel ? createOfficeHost(language) : null;
  createRoot(container).render(
    <App host={host} language={language} version={packageJson.version} />
  );
}

if (typeof Office === "undefined") {
  render(false);
} else {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
}
