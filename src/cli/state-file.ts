import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { MockApp } from '../app/create-app.js';
import { exportState, importState, StateError } from '../app/state-snapshot.js';
import type { VendorModule } from '../app/vendor-module.js';

/** Saves wait this long after a change, so that a burst of requests writes the file once. */
const SAVE_DEBOUNCE_MS = 300;

/**
 * Written whole to a temporary file beside it, flushed to disk, then renamed over it: a
 * crash or `kill -9` mid-save leaves the previous file intact, never half of the new one.
 */
function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** Loads `file` into the app when it exists; an unreadable one stops the start, naming it. */
export function loadStateFile(file: string, app: MockApp, vendors: readonly VendorModule[]): boolean {
  if (!existsSync(file)) return false;
  try {
    importState(app.services, vendors, readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof StateError) throw new StateError(`--state ${file}: ${e.message}`);
    throw e;
  }
  return true;
}

/** Saves the state to `file` after changes (debounced); `flush` saves at once, at exit. */
export function keepStateFile(file: string, app: MockApp, vendors: readonly VendorModule[]): { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    writeAtomically(file, exportState(app.services, vendors));
  };
  app.services.onChange(() => {
    timer ??= setTimeout(save, SAVE_DEBOUNCE_MS);
  });
  return {
    flush() {
      clearTimeout(timer);
      save();
    },
  };
}
