/**
 * The report's code (plan builder and the resolution of assumptions), in its own chunk: the pane
 * fetches it when it first reads the input, not when it opens (`npm run bench` shows the start).
 */
export const loadReport = () => import(/* webpackChunkName: "report" */ "../report/build");
