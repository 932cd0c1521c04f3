/**
 * Marks an answer that must never arrive: a `drop` fault. The core cannot destroy a
 * socket, so it answers with this header and each adapter does what a dropped connection
 * is there: the Node server destroys the socket, msw and the in-process app give a
 * network error. The header never leaves the mock.
 */
export const DROP_HEADER = 'x-supportbot-drop';

export const isDropped = (res: Response) => res.headers.has(DROP_HEADER);
