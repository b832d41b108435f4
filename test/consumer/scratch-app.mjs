// A scratch app in a temporary folder with the packed package installed in it, as a web team
// would have it after `npm install wsis-widgets`: the tarball's files in node_modules/wsis-widgets.
// Offline: the package's own dependencies (and the tools the examples need) are links to this
// repository's node_modules, so nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
/** What the scratch app may use besides the package: its dependencies and the examples' frameworks. */
const linked = ['lit', '@lit/task', 'react', 'react-dom', '@types/react', '@types/react-dom', 'vue'];

/** Packs the repository (dist/ must be built) and installs the tarball into a new scratch app. */
export function scratchApp() {
  const app = mkdtempSync(join(tmpdir(), 'wsis-consumer-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', app], { cwd: repo, encoding: 'utf8' }),
  );
  const tarball = join(app, packed[0].filename);
  const installed = join(app, 'node_modules', 'wsis-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const name of linked) {
    const target = join(app, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(repo, 'node_modules', name), target, 'dir');
  }
  mkdirSync(join(app, 'public'));
  copyFileSync(join(repo, 'demo/feeds/wsis-forum-2021.json'), join(app, 'public/feed.json'));
  return { app, files: packed[0].files.map((f) => f.path) };
}

export { repo };
