/**
 * Ajv, imported when a validator is first compiled. The browser build keeps it out of the
 * page's first load (a third of the mock's code; docs/performance.md): a page pays for it on
 * its first request to the mock. Node code that needs Ajv at once imports `./ajv.js`.
 */
let loading: Promise<typeof import('./ajv.js')> | undefined;
export const loadAjv = () => (loading ??= import('./ajv.js'));
