// The floor: bare node:http answering a fixed JSON body about the size of a /chat/ reply.
import { createServer } from 'node:http';
import { BARE_BODY } from './bare-body.mjs';

const length = String(Buffer.byteLength(BARE_BODY));
createServer((req, res) => {
  req.resume();
  req.on('end', () =>
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': length }).end(BARE_BODY),
  );
}).listen(Number(process.argv[2]), '127.0.0.1', () => console.log('bare listening'));
