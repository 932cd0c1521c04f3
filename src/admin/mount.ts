/** Where the mock's own controls live; never under a vendor's mount, never journaled. */
export const isAdminPath = (pathname: string) => pathname.startsWith('/__admin');

/** Admin bodies but a state import: the largest vendor upload (10 MiB) is room enough for any control. */
const ADMIN_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Admin's 413 body, from the Node server (which reads the body first) and from admin alike. */
export const adminBodyTooLarge = (max: number) => ({ error: `Request body larger than ${max} bytes` });

/** The most an admin request to `pathname` may send: refused with 413 as it streams in past it. */
export const adminBodyLimit = (pathname: string, maxStateBytes: number) =>
  pathname === '/__admin/state' ? maxStateBytes : ADMIN_MAX_BODY_BYTES;
