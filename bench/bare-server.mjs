// The floor: bare node:http answering a fixed JSON body about the size of a /chat/ reply.
import { createServer } from 'node:http';

const body = JSON.stringify({
  success: true,
  response:
    'Our business hours are Monday to Friday, 9 AM to 5 PM EST. ' +
    'We are closed on public holidays and answer email within one day.',
  session_id: 'bench',
});
createServer((req, res) => {
  req.resume();
  req.on('end', () =>
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body),
  );
}).listen(Number(process.argv[2]), '127.0.0.1', () => console.log('bare listening'));
