// What a server-rendering framework does with the installed package: import each entry in Node.
import { execFileSync } from 'node:child_process';

/** Imports `specifier` in a new Node process inside `app`; returns a problem or undefined. */
export function importProblem(app, specifier) {
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`], {
      cwd: app,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return undefined;
  } catch (error) {
    return `import('${specifier}') throws in Node: ${String(error.stderr).trim().split('\n').slice(0, 6).join(' | ')}`;
  }
}
