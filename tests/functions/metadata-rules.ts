/**
 * Microsoft's documented rules for custom-functions JSON metadata, as a checker for
 * functions.json and functions.da.json. Sources (learn.microsoft.com, office/dev/add-ins/excel/):
 * - custom-functions-json.md, "Metadata reference": `id` only alphanumeric characters and
 *   periods, unique in the file; `name`, `parameters`, `result` required; `dimensionality`
 *   "scalar" or "matrix"; `type` boolean, number, string or any; the options and their
 *   combinations (`requiresParameterAddresses` only with `result.dimensionality` "matrix";
 *   `stream` excludes `cancelable`, `requiresAddress` and `volatile`; the stream address options
 *   need `stream`; not both `excludeFromAutoComplete` and `linkedEntityLoadService`);
 *   `allowCustomDataForDataTypeAny` and `allowErrorForDataTypeAny` are top-level booleans.
 * - custom-functions-naming.md: names use Unicode letters, digits, "_" and "."; ids and names
 *   start with a letter and have at least three characters; a name is not a cell reference
 *   (A1 to XFD1048576, R1C1 to R1048576C16384) nor an Excel 4.0 macro function (RUN, ECHO …).
 * - custom-functions-metadata (Microsoft's generator, which Office's tooling runs): id and name at
 *   most 128 characters.
 */

const ID = /^[A-Za-z][A-Za-z0-9.]*$/;
const NAME = /^\p{L}[\p{L}\p{N}_.]*$/u;
const MAX_LENGTH = 128;
const DIMENSIONALITIES = ["scalar", "matrix"];
const TYPES = ["boolean", "number", "string", "any"];
const OPTIONS = [
  "stream",
  "cancelable",
  "capturesCallingObject",
  "excludeFromAutoComplete",
  "linkedEntityLoadService",
  "requiresAddress",
  "requiresParameterAddresses",
  "requiresStreamAddress",
  "requiresStreamParameterAddresses",
  "volatile",
];
/** Excel 4.0 macro functions a name must not repeat (those the naming guide names, and kin). */
const MACRO_FUNCTIONS = [
  "RUN",
  "ECHO",
  "HALT",
  "RETURN",
  "GOTO",
  "ALERT",
  "FORMULA",
  "SELECTION",
  "ARGUMENT",
  "RESULT",
  "CALL",
  "REGISTER",
  "EXEC",
];

/** True when `name` is a cell in A1 (A1–XFD1048576) or R1C1 (R1C1–R1048576C16384) notation. */
export function isCellReference(name: string): boolean {
  const a1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/i.exec(name);
  if (a1 !== null) {
    const letters = (a1[1] as string).toUpperCase();
    let column = 0;
    for (const ch of letters) column = column * 26 + (ch.charCodeAt(0) - 64);
    if (column <= 16_384 && Number(a1[2]) <= 1_048_576) return true;
  }
  const r1c1 = /^R([1-9]\d{0,6})C([1-9]\d{0,4})$/i.exec(name);
  return r1c1 !== null && Number(r1c1[1]) <= 1_048_576 && Number(r1c1[2]) <= 16_384;
}

interface Json {
  [key: string]: unknown;
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Every way `metadata` breaks the documented rules; empty when it keeps them. */
export function metadataProblems(metadata: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(metadata) || !Array.isArray(metadata.functions)) return ["no functions array"];
  for (const key of ["allowCustomDataForDataTypeAny", "allowErrorForDataTypeAny"])
    if (key in metadata && typeof metadata[key] !== "boolean")
      problems.push(`${key} is not a boolean`);
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const fn of metadata.functions as unknown[]) {
    if (!isObject(fn)) {
      problems.push("a function is not an object");
      continue;
    }
    const id = typeof fn.id === "string" ? fn.id : "";
    const at = id === "" ? "(no id)" : id;
    if (!ID.test(id))
      problems.push(
        `${at}: id has characters other than letters, digits and periods, or does not start with a letter`
      );
    if (id.length < 3 || id.length > MAX_LENGTH)
      problems.push(`${at}: id must have 3 to ${MAX_LENGTH} characters`);
    if (ids.has(id.toUpperCase())) problems.push(`${at}: id used twice`);
    ids.add(id.toUpperCase());
    const name = typeof fn.name === "string" ? fn.name : "";
    if (!NAME.test(name))
      problems.push(
        `${at}: name "${name}" must start with a letter and hold only letters, digits, "_" and "."`
      );
    if (name.length < 3 || name.length > MAX_LENGTH)
      problems.push(`${at}: name "${name}" must have 3 to ${MAX_LENGTH} characters`);
    if (isCellReference(name)) problems.push(`${at}: name "${name}" is a cell reference`);
    if (MACRO_FUNCTIONS.includes(name.toUpperCase()))
      problems.push(`${at}: name "${name}" is an Excel 4.0 macro function`);
    if (names.has(name.toUpperCase())) problems.push(`${at}: name "${name}" used twice`);
    names.add(name.toUpperCase());
    if ("description" in fn && typeof fn.description !== "string")
      problems.push(`${at}: description is not text`);
    if ("helpUrl" in fn && !/^https:\/\//.test(String(fn.helpUrl)))
      problems.push(`${at}: helpUrl is not an https address`);

    if (!isObject(fn.result)) problems.push(`${at}: no result`);
    const result = isObject(fn.result) ? fn.result : {};
    if ("dimensionality" in result && !DIMENSIONALITIES.includes(String(result.dimensionality)))
      problems.push(`${at}: result dimensionality "${String(result.dimensionality)}"`);
    if ("type" in result && !TYPES.includes(String(result.type)))
      problems.push(`${at}: result type "${String(result.type)}"`);
    const matrixResult = result.dimensionality === "matrix";

    if (!Array.isArray(fn.parameters)) problems.push(`${at}: no parameters array`);
    const parameterNames = new Set<string>();
    for (const p of Array.isArray(fn.parameters) ? (fn.parameters as unknown[]) : []) {
      if (!isObject(p) || typeof p.name !== "string" || p.name.trim() === "") {
        problems.push(`${at}: a parameter without a name`);
        continue;
      }
      if (parameterNames.has(p.name.toUpperCase()))
        problems.push(`${at}.${p.name}: parameter name used twice`);
      parameterNames.add(p.name.toUpperCase());
      if ("dimensionality" in p && !DIMENSIONALITIES.includes(String(p.dimensionality)))
        problems.push(`${at}.${p.name}: dimensionality "${String(p.dimensionality)}"`);
      if ("type" in p && !TYPES.includes(String(p.type)))
        problems.push(`${at}.${p.name}: type "${String(p.type)}"`);
      for (const flag of ["optional", "repeating"])
        if (flag in p && typeof p[flag] !== "boolean")
          problems.push(`${at}.${p.name}: ${flag} is not a boolean`);
    }

    const options = isObject(fn.options) ? fn.options : {};
    if ("options" in fn && !isObject(fn.options)) problems.push(`${at}: options is not an object`);
    for (const [key, value] of Object.entries(options)) {
      if (!OPTIONS.includes(key)) problems.push(`${at}: unknown option ${key}`);
      if (typeof value !== "boolean") problems.push(`${at}: option ${key} is not a boolean`);
    }
    const on = (key: string) => options[key] === true;
    if (on("requiresParameterAddresses") && !matrixResult)
      problems.push(`${at}: requiresParameterAddresses needs a result of dimensionality "matrix"`);
    for (const other of ["cancelable", "requiresAddress", "volatile"])
      if (on("stream") && on(other)) problems.push(`${at}: stream and ${other} together`);
    for (const needsStream of ["requiresStreamAddress", "requiresStreamParameterAddresses"])
      if (on(needsStream) && !on("stream")) problems.push(`${at}: ${needsStream} without stream`);
    if (on("excludeFromAutoComplete") && on("linkedEntityLoadService"))
      problems.push(`${at}: excludeFromAutoComplete and linkedEntityLoadService together`);
  }
  return problems;
}
