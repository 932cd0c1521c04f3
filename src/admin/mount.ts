/** Where the mock's own controls live; never under a vendor's mount, never journaled. */
export const isAdminPath = (pathname: string) => pathname.startsWith('/__admin');
