import { createRoot } from "react-dom/client";
import { App, pickLanguage } from "./App";

/** Office's UI language, or undefined outside Office (a plain browser has no host context). */
function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  const lang = pickLanguage(officeDisplayLanguage());
  document.documentElement.lang = lang;
  createRoot(container).render(<App lang={lang} />);
}

if (typeof Office === "undefined") {
  render();
} else {
  void Office.onReady(() => render());
}
