/* eslint-disable no-undef */
/* global require, module, process, __dirname */

/*
 * Build for the KIK add-in, shaped like Microsoft's Excel-Custom-Functions-Shared template:
 * one shared runtime page (taskpane.html) that loads both the task pane and the custom functions.
 *
 * Production URL: the manifest is written for https://localhost:3000/. A production build
 * (`npm run build`) replaces every occurrence with KIK_BASE_URL, e.g.
 *   KIK_BASE_URL=https://kik.example.dk/addin/ npm run build
 * Without KIK_BASE_URL the production build keeps https://localhost:3000/, so it can still be
 * sideloaded locally (serve dist/ over https on port 3000).
 */

const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const functionsEntry = path.resolve(__dirname, "src/functions/functions.ts");

/** KIK_BASE_URL with a trailing slash; Office only loads add-ins over https. */
function productionBaseUrl() {
  const raw = (process.env.KIK_BASE_URL || urlDev).trim();
  const url = raw.endsWith("/") ? raw : `${raw}/`;
  if (!/^https:\/\/[^/]+/.test(url)) {
    throw new Error(`KIK_BASE_URL must be an absolute https:// URL, got "${raw}"`);
  }
  return url;
}

/** Certificates are only needed (and only created) when the dev server really starts. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

const srcDir = path.join(__dirname, "src") + path.sep;
let tsxRegistered = false;

/**
 * Loads src/functions/localize-metadata.ts through tsx. In watch mode the cached src/ modules are
 * dropped first, so an edited Danish catalogue is picked up on the next rebuild.
 */
function loadLocalizeMetadata(compiler, compilation) {
  if (!tsxRegistered) {
    require("tsx/cjs/api").register();
    tsxRegistered = true;
  }
  if (compiler.watchMode) {
    for (const file of Object.keys(require.cache)) {
      if (file.startsWith(srcDir)) delete require.cache[file];
    }
  }
  const { localizeMetadata } = require("./src/functions/localize-metadata.ts");
  for (const file of Object.keys(require.cache)) {
    if (file.startsWith(srcDir)) compilation.fileDependencies.add(file);
  }
  return localizeMetadata;
}

/**
 * Emits functions.da.json from the functions.json that CustomFunctionsMetadataPlugin adds during
 * the `compilation` hook, so the Danish metadata can never drift from the English one. In a
 * production build both files get the same base URL as the manifest (their helpUrl links).
 */
class DanishMetadataPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const name = "KikDanishMetadataPlugin";
    // thisCompilation: not copied into html-webpack-plugin's child compilation.
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // the metadata plugin has already reported why
          const rebase = (text) => text.split(urlDev).join(this.baseUrl);
          try {
            const localizeMetadata = loadLocalizeMetadata(compiler, compilation);
            const englishText = english.source.source().toString();
            const danish = localizeMetadata(englishText, "da");
            compilation.updateAsset("functions.json", new webpack.sources.RawSource(rebase(englishText)));
            compilation.emitAsset("functions.da.json", new webpack.sources.RawSource(rebase(danish)));
          } catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            compilation.errors.push(new webpack.WebpackError(`functions.da.json: ${message}`));
          }
        }
      );
    });
  }
}

/**
 * Renders docs/*.md to docs/*.html beside the add-in, so the functions' help links (helpUrl)
 * open on the add-in's own origin: no external site, nothing leaves the municipality.
 */
class DocsPlugin {
  apply(compiler) {
    const name = "KikDocsPlugin";
    const docsDir = path.join(__dirname, "docs");
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const markdown = require("markdown-it")({ html: true, linkify: false });
        // Links between the docs point at .md files in the repo and at .html files when served.
        const linkToHtml = (html) => html.replace(/href="([\w-]+)\.md(#[^"]*)?"/g, 'href="$1.html$2"');
        for (const file of fs.readdirSync(docsDir).filter((f) => f.endsWith(".md"))) {
          const source = fs.readFileSync(path.join(docsDir, file), "utf8");
          compilation.fileDependencies.add(path.join(docsDir, file));
          const title = (/^#\s+(.+)$/m.exec(source) || [null, "KIK"])[1];
          const body = linkToHtml(markdown.render(source));
          const page = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${markdown.utils.escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}
table{border-collapse:collapse}td,th{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:left}code{background:#f5f5f5;padding:0 .2rem}
pre{background:#f5f5f5;padding:.75rem;overflow:auto}h2{border-top:1px solid #e0e0e0;padding-top:1rem}</style>
</head><body>
${body}</body></html>
`;
          compilation.emitAsset(`docs/${file.replace(/\.md$/, ".html")}`, new webpack.sources.RawSource(page));
        }
      });
    });
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? urlDev : productionBaseUrl();

  const config = {
    context: __dirname,
    mode: dev ? "development" : "production",
    // Production ships no source maps: smaller deploy, and dev builds exist for debugging.
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: functionsEntry,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: functionsEntry,
      }),
      new DanishMetadataPlugin(baseUrl),
      new DocsPlugin(),
      // Shared runtime: taskpane.html is also the custom functions page, so it loads both.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        chunksSortMode: "manual",
        hash: true, // ?hash on script URLs defeats Office's webview cache after a deploy
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            // split/join, not replace(): every URL must move, not just the first.
            transform: (content) => (dev ? content : content.toString().split(urlDev).join(baseUrl)),
          },
        ],
      }),
    ],
    performance: {
      // React + Fluent UI exceed webpack's 244 KiB default; warn only on real growth.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: {
      headers: {
        "Access-Control-Allow-Origin": "*",
      },
      server: {
        type: "https",
        options: env.WEBPACK_SERVE ? await getHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };

  return config;
};
