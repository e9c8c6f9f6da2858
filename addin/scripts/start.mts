/**
 * `pnpm start`: builds the add-in, serves addin/dist at https://localhost:3000 with the Office
 * development certificates, and sideloads manifest.xml into desktop Excel where there is one (Windows,
 * macOS). Elsewhere (Linux) it prints how to upload the manifest to Excel on the web.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { build, preview } from 'vite';

const addin = resolve(import.meta.dirname, '..');
const manifest = resolve(addin, '../manifest.xml');
const configFile = resolve(addin, 'vite.config.mts');
const certificates = join(homedir(), '.office-addin-dev-certs');

interface Certificate {
  readonly cert: Buffer;
  readonly key: Buffer;
  readonly ca?: Buffer;
}

/** The localhost certificate, its CA trusted by the system; on Linux the CA may need trusting by hand. */
async function certificate(): Promise<Certificate> {
  try {
    const options = await getHttpsServerOptions();
    return { cert: options.cert, key: options.key, ca: options.ca };
  } catch (error) {
    const cert = join(certificates, 'localhost.crt');
    if (platform() !== 'linux' || !existsSync(cert)) throw error;
    console.warn(`未能把开发证书装入系统（${(error instanceof Error ? error.message : String(error)).trim()}）。`);
    console.warn(`请在浏览器中信任 ${join(certificates, 'ca.crt')}（Chrome：设置 › 隐私和安全 › 安全 › 管理证书 › 授权机构 › 导入）。`);
    return { cert: readFileSync(cert), key: readFileSync(join(certificates, 'localhost.key')) };
  }
}

function manifestId(): string {
  const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(manifest, 'utf8'))?.[1];
  if (id === undefined) throw new Error('manifest.xml has no <Id>');
  return id;
}

/** Registers the manifest with desktop Excel the way office-addin-debugging does; false when there is no desktop Excel. */
function sideload(): boolean {
  if (platform() === 'win32') {
    try {
      execFileSync('reg', ['add', 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer', '/v', manifestId(), '/t', 'REG_SZ', '/d', manifest, '/f'], { stdio: 'ignore' });
      execFileSync('cmd', ['/c', 'start', 'excel'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
  if (platform() === 'darwin' && existsSync('/Applications/Microsoft Excel.app')) {
    const wef = join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
    mkdirSync(wef, { recursive: true });
    copyFileSync(manifest, join(wef, 'taizhang.manifest.xml'));
    execFileSync('open', ['-a', 'Microsoft Excel'], { stdio: 'ignore' });
    return true;
  }
  return false;
}

const webInstructions = `
这台电脑上没有桌面版 Excel，请用网页版 Excel 加载：
  1. 在浏览器中打开 https://localhost:3000/taskpane.html，确认没有证书警告（有则先信任上面的证书）。
  2. 打开 https://www.office.com ，新建或打开一个 Excel 工作簿。
  3. 点击“开始”选项卡 › “加载项” › “更多设置”（旧版界面为“插入” › “Office 加载项”），
     选择“我的加载项” › “管理我的加载项” › “上载我的加载项”。
  4. 选择 ${manifest}，点击“上载”。“开始”选项卡上会出现“党建台账”组（检查本表、生成汇总）。

No desktop Excel here: in Excel on the web, open a workbook, then Home › Add-ins › More Settings
(or Insert › Office Add-ins) › My Add-ins › Manage My Add-ins › Upload My Add-in, and choose the file above.
`;

await build({ configFile, logLevel: 'warn' });
const { cert, key, ca } = await certificate();
const server = await preview({ configFile, preview: { port: 3000, strictPort: true, https: ca === undefined ? { cert, key } : { cert, key, ca } } });
server.printUrls();
if (sideload()) console.log('已把 manifest.xml 加载到桌面版 Excel：在“开始”选项卡找到“党建台账”组。');
else console.log(webInstructions);
console.log('按 Ctrl+C 停止。');
