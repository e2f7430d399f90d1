// ABP's install-libs habit: take front-end libraries from npm (node_modules, never committed) and copy
// the files the pages use into wwwroot/libs. Run by the build when wwwroot/libs is missing.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const copies = [
  ['node_modules/bootstrap/dist/css/bootstrap.min.css', 'wwwroot/libs/bootstrap/css/bootstrap.min.css'],
  ['node_modules/bootstrap/dist/js/bootstrap.bundle.min.js', 'wwwroot/libs/bootstrap/js/bootstrap.bundle.min.js'],
  ['node_modules/htmx.org/dist/htmx.min.js', 'wwwroot/libs/htmx/htmx.min.js'],
  ['node_modules/echarts/dist/echarts.min.js', 'wwwroot/libs/echarts/echarts.min.js'],
];

if (!existsSync('node_modules/bootstrap')) {
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
}
rmSync('wwwroot/libs', { recursive: true, force: true });
for (const [from, to] of copies) {
  mkdirSync(to.substring(0, to.lastIndexOf('/')), { recursive: true });
  cpSync(from, to);
}
writeFileSync('wwwroot/libs/.installed', new Date().toISOString());
console.log(`install-libs: copied ${copies.length} files into wwwroot/libs`);
