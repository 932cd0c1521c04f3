import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Answer } from '../app/answer.js';

/**
 * An answer written straight to a socket that has no response object to write it through
 * (a request Node refused before the app, a refused proxy tunnel); the socket closes after it.
 */
export function endWithAnswer(socket: Duplex, answer: Answer): void {
  const body = answer.text ?? '';
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\ncontent-type: ${answer.contentType}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
