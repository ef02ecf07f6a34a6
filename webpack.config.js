/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads CommonJS config */
// Shaped like Microsoft's React task-pane template (yo office): three pages, an https dev server
// with office-addin-dev-certs, and a production build that points the manifest at the real host.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { sources } = require('webpack');

const execFileP = promisify(execFile);

const WORKER_CSP = require('./addin/portfolio/worker-csp.json').policy;

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com';

/** ESEP_PUBLIC_URL, with a trailing slash; the dev URL when unset (a local production build). */
function publicUrl() {
  const url = process.env.ESEP_PUBLIC_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`ESEP_PUBLIC_URL must be https: ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Only this origin and office.js. Fluent's runtime styles need inline <style>; dev adds live reload. */
function csp(dev) {
  const connect = ["'self'", OFFICE_JS, ...(dev ? ['wss://localhost:3000'] : [])].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Emits forms/*.xlsx and forms/index.json, built by TypeScript code at build time. */
class FormsPlugin {
  apply(compiler) {
    let cached = null;
    compiler.hooks.thisCompilation.tap('EsepForms', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'EsepForms', stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          if (!cached) {
            const { stdout } = await execFileP(
              process.execPath,
              ['--import', 'tsx', 'scripts/forms-json.ts'],
              {
                cwd: __dirname,
                maxBuffer: 64 * 1024 * 1024,
              },
            );
            cached = JSON.parse(stdout).map((f) => ({ ...f, xlsx: Buffer.from(f.base64, 'base64') }));
          }
          for (const f of cached) compilation.emitAsset(`forms/${f.file}`, new sources.RawSource(f.xlsx));
          const index = cached.map(({ id, file, title }) => ({ id, file, title }));
          compilation.emitAsset('forms/index.json', new sources.RawSource(JSON.stringify(index, null, 2)));
        },
      );
    });
  }
}

/** Emits help.html (made from the rule registry at build time) and favicon.ico. */
class HelpPlugin {
  constructor(csp) {
    this.csp = csp;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EsepHelp', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'EsepHelp', stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const { stdout } = await execFileP(
            process.execPath,
            ['--import', 'tsx', 'scripts/help-html.ts', this.csp],
            { cwd: __dirname, maxBuffer: 16 * 1024 * 1024 },
          );
          compilation.emitAsset('help.html', new sources.RawSource(stdout));
          compilation.emitAsset(
            'favicon.ico',
            new sources.RawSource(icoFromPngs(['assets/icon-16.png', 'assets/icon-32.png'])),
          );
        },
      );
    });
  }
}

/** An .ico holding PNG images (Windows Vista and every browser since read PNG entries). */
function icoFromPngs(files) {
  const images = files.map((f) => fs.readFileSync(path.resolve(__dirname, f)));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((png, i) => {
    // A PNG's width and height sit at bytes 16 and 20 of its IHDR chunk.
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const entry = 6 + 16 * i;
    header.writeUInt8(width >= 256 ? 0 : width, entry);
    header.writeUInt8(height >= 256 ? 0 : height, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images]);
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (e) {
    // Trusting the CA needs admin rights (sudo on Linux). Serve with the generated certificate
    // anyway: Excel on the web and the preview work once the browser accepts it.
    const defaults = require('office-addin-dev-certs/lib/defaults');
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw e;
    console.warn(
      `esep: could not trust the development CA (${e.message.split('\n')[0]}).\n` +
        `      Serving https://localhost:3000 with the certificate in ${defaults.certificateDirectory};\n` +
        `      trust ${defaults.caCertificatePath} in your system or browser to avoid the warning.`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  const url = dev ? DEV_URL : publicUrl();
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      templateParameters: { csp: csp(dev) },
    });
  return {
    devtool: dev ? 'source-map' : false,
    // Kept inside the repository: node_modules may be shared with other checkouts.
    cache: {
      type: 'filesystem',
      cacheDirectory: path.resolve(__dirname, '.cache/webpack'),
      buildDependencies: { config: [__filename] },
    },
    entry: {
      taskpane: './addin/taskpane/index.tsx',
      commands: './addin/commands/commands.ts',
      preview: './addin/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // The CLI's bundle (scripts/build-cli.mjs) lives in dist/cli: a web build keeps it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: dev } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // exceljs (~1 MB) is only ever loaded on demand: give its chunk a name to find it in reports.
      splitChunks: {
        cacheGroups: { exceljs: { test: /[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async' } },
      },
    },
    plugins: [
      page('taskpane', './addin/taskpane/taskpane.html', ['taskpane']),
      page('commands', './addin/commands/commands.html', ['commands']),
      page('preview', './addin/preview/preview.html', ['preview']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              content.toString().replaceAll(DEV_URL, url).replaceAll(DEV_URL.slice(0, -1), url.slice(0, -1)),
          },
        ],
      }),
      new FormsPlugin(),
      new HelpPlugin(csp(dev)),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      // The portfolio worker runs under a policy of its own (addin/portfolio/worker-csp.json).
      setupMiddlewares: (middlewares) => {
        middlewares.unshift({
          name: 'portfolio-worker-csp',
          middleware: (req, res, next) => {
            if (/\/portfolio-worker\.[^/]*\.js$/.test(req.path))
              res.setHeader('Content-Security-Policy', WORKER_CSP);
            next();
          },
        });
        return middlewares;
      },
      server: env.WEBPACK_SERVE ? { type: 'https', options: await httpsOptions() } : undefined,
      port: 3000,
    },
  };
};
