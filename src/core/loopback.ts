/**
 * Whether a parsed URL's hostname is this machine: `localhost`, an IPv4 address in
 * 127.0.0.0/8, ::1, or an IPv4-mapped 127 address. WHATWG URL has already turned every IP
 * form into one canonical text (`127.1` and `0x7f000001` read `127.0.0.1`;
 * `[::ffff:127.0.0.1]` reads `[::ffff:7f00:1]`), so the address is judged, not the
 * spelling: a name such as `127.attacker.example` is not loopback.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === 'localhost.') return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return v4[1] === '127' && v4.slice(1).every((n) => Number(n) <= 255);
  return host === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host);
}

/**
 * Whether a socket's remote address (`127.0.0.1`, `::1`, `::ffff:127.0.0.1`) is this
 * machine, judged as `isLoopbackHost` judges a URL's host.
 */
export const isLoopbackAddress = (ip: string | undefined): boolean =>
  ip !== undefined &&
  isIpAddress(ip) &&
  isLoopbackHost(new URL(`http://${ip.includes(':') ? `[${ip}]` : ip}/`).hostname);

/** Whether `text` is an IP address as a socket reports one (dotted IPv4, or IPv6 without brackets). */
export function isIpAddress(text: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) return text.split('.').every((n) => Number(n) <= 255);
  return text.includes(':') && /^[0-9a-f:.]+$/i.test(text) && URL.canParse(`http://[${text}]/`);
}
