import { jsonAnswer } from '../answer.js';
import type { VendorModule } from '../vendor-module.js';
import type { Next, Stage } from './stage.js';

export interface Mount {
  /** The vendor's mount with its slash: `/<vendor>/`. */
  prefix: string;
  vendor: VendorModule;
  /** The vendor's stages, chained. */
  run: Next;
}

/**
 * Hands a request to the stages of the vendor whose mount its path is under; any other
 * path is 404. A stage that throws is a mock bug, answered in the vendor's shape so that
 * clients still parse it.
 */
export const mountStage = (mounts: Mount[]): Stage => {
  const nowhere = nothingHere(mounts.map((m) => m.prefix.slice(0, -1)));
  return (x) => {
    const mount = mounts.find((m) => x.target.pathname.startsWith(m.prefix));
    if (!mount) return void (x.answer = jsonAnswer(404, { error: nowhere }));
    x.vendor = mount.vendor.name;
    const failed = (error: unknown) => {
      console.error(error);
      x.answer = mount.vendor.error(500, 'Internal error in supportbot-mock');
    };
    try {
      return mount.run(x)?.catch(failed);
    } catch (error) {
      failed(error);
    }
  };
};

/** The 404 of a path under no mount, admin's included. */
export const nothingHere = (mounts: string[]) =>
  `Nothing here. Vendor APIs live under ${mounts.join(', ')}; the mock's controls under /__admin.`;
