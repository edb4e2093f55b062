// Builds the browser side of Gatecheck into dist/web:
//   taskpane.html + taskpane.js       the Word task pane (loads office.js from Microsoft's CDN)
//   commands.html + commands.js       the ribbon function file
//   index.html + playground.js        the playground: simulated Word document + the real pane
//   engine-worker.js                  the analysis engine, run off the UI thread by pane and playground
//   support.html, assets/*.png        the help page and icons the manifest points to
// Production builds need no certificates; `webpack serve` (npm run dev-server) serves https on
// port 3000 with office-addin-dev-certs, which Word requires for a sideloaded add-in.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OUT = path.resolve(__dirname, "dist", "web");
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

module.exports = async (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const config = {
    mode,
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: mode === "development" ? "cheap-module-source-map" : false,
    target: ["web", "es2022"],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/index.tsx",
      "engine-worker": "./src/taskpane/engine.worker.ts",
    },
    output: {
      path: OUT,
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // Dynamic imports name the compiled file ("./x.js", as Node's module rules require).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type-checking is its own step (npm run typecheck). ES modules here so webpack can
            // tree-shake Fluent UI; the repository's tsconfig emits CommonJS for Node.
            transpileOnly: true,
            compilerOptions: { module: "es2022", moduleResolution: "bundler", sourceMap: mode === "development" },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/legacy-check.js", to: "legacy-check.js" },
          { from: "src/taskpane/support.html", to: "support.html" },
          { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "assets/samples/*.docx", to: "samples/[name][ext]", noErrorOnMissing: true },
        ],
      }),
    ],
  };

  if (serving) {
    // Certificates only when serving: a production build must work on a machine without them.
    const devCerts = require("office-addin-dev-certs");
    const httpsOptions = await devCerts.getHttpsServerOptions();
    config.devServer = {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert } },
      static: { directory: OUT, watch: false },
    };
  }
  return config;
};
