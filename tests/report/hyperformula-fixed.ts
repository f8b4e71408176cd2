/**
 * FIXED for HyperFormula, which lacks it: the result sheets' explanations build their numbers
 * with FIXED(value; decimals), which Excel and LibreOffice show in the user's separators.
 * Written here from Excel's documentation (round half away from zero, thousands grouped),
 * independently of the report's own `fixedText` (Intl.NumberFormat), so the comparison
 * checks the report's cached texts.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";

/** The separators FIXED uses: the report language's (Danish Excel: "1.234,5"). */
let separators = { group: ".", decimal: "," };

/** Sets the separators of FIXED for the next evaluations. */
export function fixedLanguage(language: "da" | "en"): void {
  separators = language === "da" ? { group: ".", decimal: "," } : { group: ",", decimal: "." };
}

/** Excel's FIXED(number, decimals, no_commas) with the current separators. */
export function excelFixed(value: number, decimals: number, noCommas = false): string {
  const d = Math.max(0, Math.trunc(decimals));
  const scaled = Math.round(Math.abs(value) * 10 ** d);
  const digits = String(scaled).padStart(d + 1, "0");
  const whole = digits.slice(0, digits.length - d);
  const part = digits.slice(digits.length - d);
  const grouped = noCommas ? whole : whole.replace(/\B(?=(\d{3})+$)/g, separators.group);
  const sign = value < 0 && scaled !== 0 ? "-" : "";
  return sign + grouped + (d > 0 ? separators.decimal + part : "");
}

class FixedPlugin extends FunctionPlugin {
  static implementedFunctions = {
    FIXED: {
      method: "fixed",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 2 },
        { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: false },
      ],
    },
  };

  // HyperFormula's AST and state types are not exported: `never` passes them through as given.
  fixed(ast: { readonly args: never[] }, state: never): unknown {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("FIXED"),
      (value: number, decimals: number, noCommas: boolean) => excelFixed(value, decimals, noCommas)
    );
  }
}

let registered = false;

/** Registers FIXED with HyperFormula once. */
export function registerFixed(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(FixedPlugin, { enGB: { FIXED: "FIXED" } });
  registered = true;
}
