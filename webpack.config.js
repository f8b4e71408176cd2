/* eslint-disable no-undef */
/* global require, module, process, __dirname */

/*
 * Build for the KIK add-in, shaped like Microsoft's Excel-Custom-Functions-Shared template:
 * one shared runtime page (taskpane.html) that loads both the task pane and the custom functions.
 * The pane's styles (Fluent UI's and its own `makeStyles`) are turned into CSS at build time by
 * Griffel and extracted into griffel.css, so the browser neither compiles nor carries them as
 * JavaScript (@griffel/webpack-loader + @griffel/webpack-extraction-plugin).
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
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
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

/**
 * Leaves out the theme's CSS variables that nothing uses. The pane puts Fluent's whole theme on
 * :root (src/taskpane/theme.ts), about 460 variables, of which its components refer to about
 * a hundred; a variable is kept when any emitted script or stylesheet names it as `var(--name`.
 */
class UnusedThemeVariablesPlugin {
  apply(compiler) {
    const name = "KikUnusedThemeVariablesPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // After minification: only then is code that nothing runs (unused tokens) gone.
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE;
      compilation.hooks.processAssets.tap({ name, stage }, () => {
        const assets = compilation.getAssets().filter((a) => /\.(js|css)$/.test(a.name));
        const text = (a) => a.source.source().toString();
        const root = /:root\{([^}]*)\}/g;
        const used = new Set();
        for (const a of assets) {
          for (const m of text(a).replace(root, "").matchAll(/var\(--([\w-]+)/g)) used.add(m[1]);
        }
        for (const a of assets.filter((x) => x.name.endsWith(".css"))) {
          const css = text(a).replace(root, (_, body) => {
            const kept = body.split(";").filter((d) => {
              const variable = /^\s*--([\w-]+)\s*:/.exec(d);
              return variable === null ? d.trim() !== "" : used.has(variable[1]);
            });
            return `:root{${kept.join(";")}}`;
          });
          compilation.updateAsset(a.name, new webpack.sources.RawSource(css));
        }
      });
    });
  }
}

/**
 * Where the task pane imports Griffel's style functions from, for @griffel/webpack-loader.
 * Fluent re-exports makeStyles and makeResetStyles with their build-time forms, but not that of
 * makeStaticStyles, so static styles import it from @griffel/react. The loader only looks at
 * files that mention an `importName` or `resetImportName`; the last entry (a module nothing
 * imports) adds makeStaticStyles to that test, so a file with only static styles is built too.
 */
const griffelModules = [
  {
    moduleSource: "@fluentui/react-components",
    importName: "makeStyles",
    resetImportName: "makeResetStyles",
    staticImportName: null,
  },
  {
    moduleSource: "@griffel/react",
    importName: "makeStyles",
    resetImportName: "makeResetStyles",
    staticImportName: "makeStaticStyles",
  },
  {
    moduleSource: "kik:static-styles-only",
    importName: null,
    resetImportName: "makeStaticStyles",
    staticImportName: null,
  },
];

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? urlDev : productionBaseUrl();

  const config = {
    context: __dirname,
    mode: dev ? "development" : "production",
    // Production ships no source maps: smaller deploy, and dev builds exist for debugging.
    devtool: dev ? "source-map" : false,
    entry: {
      functions: functionsEntry,
      // The page loads both bundles, so the task pane takes what it shares with the functions
      // (the engine, the messages, webpack's runtime) from functions.js instead of a second
      // copy; functions.js stays whole on its own, as the manifest's script.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
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
      // Loaders of matching rules run last-listed first: TypeScript, then Griffel's build-time
      // styles (makeStyles -> precompiled classes), then extraction of all CSS, Fluent's too.
      rules: [
        {
          test: /\.(js|mjs|ts|tsx)$/,
          include: [srcDir, /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          include: path.join(srcDir, "taskpane"),
          use: { loader: "@griffel/webpack-loader", options: { modules: griffelModules } },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, "css-loader"],
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
      // All CSS (Fluent's components and the pane's own styles) in one stylesheet, griffel.css,
      // ordered by Griffel; the order warnings of mini-css-extract-plugin do not apply to it.
      new MiniCssExtractPlugin({ filename: "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new UnusedThemeVariablesPlugin(),
      // Shared runtime: taskpane.html is also the custom functions page, so it loads both.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
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
    optimization: {
      // Terser may write ES2020 (the tsconfig target, which Office's WebView2, Safari and Edge
      // run) and compress in three passes: smaller scripts for the same code.
      minimizeOptions: {
        javascript: { ecma: 2020, compress: { passes: 3, ecma: 2020 }, format: { ecma: 2020 } },
      },
    },
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
