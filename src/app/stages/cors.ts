import type { VendorModule } from '../vendor-module.js';
import { after, type Stage } from './stage.js';

/**
 * Answers OPTIONS before anything else looks at the request (a preflight carries no
 * credentials), and adds the vendor's CORS headers to every other answer, errors included,
 * so a browser can read a 401 or 429.
 */
export const corsStage =
  (vendor: VendorModule): Stage =>
  (x, next) => {
    const cors = vendor.cors;
    if (!cors) return next(x);
    if (x.method === 'OPTIONS') return void (x.answer = cors.preflight(x.request));
    return after(next(x), () => cors.decorate(x.request, x.answer));
  };
