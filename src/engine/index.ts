/** The KIK calculation engine: pure TypeScript, no Office, DOM or Node. */
export * from "./result";
export * from "./number-text";
export * from "./flows";
export * from "./budget";
export * from "./caseload";
export * from "./outcomes";
export * from "./refund";
export * from "./rates";
export * from "./savings";
export * from "./yes-no";
export * from "./uncertainty";
export * from "./split";
export * from "./sensitivity";
export * from "./limits";
