/** What the task pane loads on demand to write: the transaction writer and the input template. */
export { writeTransaction } from "./write-report";
export { buildTemplate, TEMPLATE_SHEET_NAME } from "../report/template";
