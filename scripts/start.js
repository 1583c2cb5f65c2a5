#!/usr/bin/env node
// `npm start`: serves the add-in over https://localhost:3000 (webpack-dev-server, rebuilding on
// change) with a self-signed certificate kept in .certs/ — no sudo, nothing installed system-wide —
// and prints how to sideload manifest.xml into Excel. Trust .certs/localhost.crt by hand once
// (see docs/sideloading.md): Office refuses an add-in whose page has an untrusted certificate.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('fs');
const path = require('path');
const selfsigned = require('selfsigned');

const ROOT = path.resolve(__dirname, '..');
const CERTS = path.join(ROOT, '.certs');
const KEY = path.join(CERTS, 'localhost.key');
const CERT = path.join(CERTS, 'localhost.crt');
const PORT = Number(process.env.PORT || 3000);

/** A certificate for localhost that is still valid for at least a week, made once and reused. */
async function ensureCertificate() {
  if (fs.existsSync(KEY) && fs.existsSync(CERT)) {
    const { X509Certificate } = require('crypto');
    const cert = new X509Certificate(fs.readFileSync(CERT));
    if (new Date(cert.validTo).getTime() > Date.now() + 7 * 86_400_000) return false;
  }
  fs.mkdirSync(CERTS, { recursive: true, mode: 0o700 });
  const notBeforeDate = new Date();
  const notAfterDate = new Date(notBeforeDate);
  notAfterDate.setFullYear(notAfterDate.getFullYear() + 1);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  fs.writeFileSync(KEY, pems.private, { mode: 0o600 });
  fs.writeFileSync(CERT, pems.cert);
  return true;
}

function instructions(created) {
  const manifest = path.join(ROOT, 'manifest.xml');
  return [
    '',
    `QS Assess 开发服务器 / dev server: https://localhost:${PORT}/taskpane.html`,
    created ? `已生成自签名证书 / new self-signed certificate: ${CERT}` : `证书 / certificate: ${CERT}`,
    '  先在浏览器或系统中信任该证书(见 docs/sideloading.md)。Trust it once first (docs/sideloading.md).',
    '',
    '旁加载 / Sideload ' + manifest,
    '  Excel 网页版 / on the web:  插入 ▸ 加载项 ▸ 上传我的加载项 (Insert ▸ Add-ins ▸ Upload My Add-in)',
    '  Windows 桌面版 / desktop:   把 manifest.xml 放进共享文件夹,在 文件 ▸ 选项 ▸ 信任中心 ▸ 受信任的加载项目录 中添加该共享路径并勾选“显示在菜单中”,',
    '                             重启 Excel 后 插入 ▸ 我的加载项 ▸ 共享文件夹 (shared folder catalog)',
    '  Mac:                        cp manifest.xml ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
    '',
  ].join('\n');
}

async function main() {
  const created = await ensureCertificate();
  console.log(instructions(created));
  // The project's webpack config, served by webpack-dev-server's API with our certificate (its
  // own would be regenerated in node_modules and is harder for the user to find and trust).
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack({ ...config, context: ROOT });
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port: PORT,
      server: { type: 'https', options: { key: fs.readFileSync(KEY), cert: fs.readFileSync(CERT) } },
    },
    compiler,
  );
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await server.start();
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`启动失败 / could not start: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { ensureCertificate, instructions, CERT, KEY };
