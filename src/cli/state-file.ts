import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MockApp } from '../create-app.js';
import { exportState, importState, StateError } from '../app/state-snapshot.js';
import type { VendorModule } from '../app/vendor-module.js';

/** Saves wait this long after a change, so that a burst of requests writes the file once. */
const SAVE_DEBOUNCE_MS = 300;

/**
 * Written whole to a temporary file beside it, flushed to disk, then renamed over it: a
 * crash or `kill -9` mid-save leaves the previous file intact, never half of the new one.
 * A write that fails (a full disk) takes its temporary file with it.
 */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone with its folder
    }
    throw e;
  }
}

/**
 * The file's folder must exist and be writable before anything is served: a mistyped path
 * found at the first save would lose every change made until then.
 */
function checkFolder(file: string): void {
  const dir = dirname(resolve(file));
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new StateError(`--state ${file}: the folder ${dir} does not exist`);
  }
  if (!isDir) throw new StateError(`--state ${file}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new StateError(`--state ${file}: the folder ${dir} is not writable`);
  }
}

/** Loads `file` into the app when it exists; an unreadable one or a missing folder stops the start, naming it. */
export function loadStateFile(file: string, app: MockApp, vendors: readonly VendorModule[]): boolean {
  checkFolder(file);
  if (!existsSync(file)) return false;
  try {
    importState(app.runtime, vendors, readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof StateError) throw new StateError(`--state ${file}: ${e.message}`);
    throw e;
  }
  return true;
}

/**
 * Saves the state to `file` after changes (debounced); `flush` saves at once, at exit. A
 * save that fails (permission, a full disk, the folder removed) is logged and tried again
 * with the next change: the mock goes on serving, and the file keeps its last good save.
 */
export function keepStateFile(file: string, app: MockApp, vendors: readonly VendorModule[]): { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const save = () => {
    timer = undefined;
    try {
      writeAtomically(file, exportState(app.runtime, vendors));
      if (failing) console.error(`supportbot-mock: state saved to ${file} again`);
      failing = false;
    } catch (e) {
      failing = true;
      const { code, message } = e as NodeJS.ErrnoException;
      console.error(
        `supportbot-mock: could not save state to ${file} (${code ?? message}); trying again at the next change`,
      );
    }
  };
  app.runtime.onChange(() => {
    timer ??= setTimeout(save, SAVE_DEBOUNCE_MS);
  });
  return {
    flush() {
      clearTimeout(timer);
      save();
    },
  };
}
