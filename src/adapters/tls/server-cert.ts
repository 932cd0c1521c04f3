import { isIP } from 'node:net';
import type { VendorInfo } from '../../spec/operations.js';
import { localCa, rsaKeyPair, type LocalCa } from './local-ca.js';

/**
 * The names the mock's certificate is for: loopback, `*.localhost` and each vendor's
 * `<vendor>.localhost` (a wildcard one label under a TLD is not trusted by every client),
 * the vendors' real host names (the intercepting proxy), and the host it is bound to.
 */
export function certificateNames(vendors: readonly VendorInfo[], boundHost?: string): string[] {
  const names = new Set(['localhost', '*.localhost', '127.0.0.1', '::1']);
  for (const v of vendors) {
    names.add(`${v.name}.localhost`);
    names.add(new URL(v.origin).hostname);
  }
  if (boundHost && boundHost !== '0.0.0.0' && boundHost !== '::') names.add(boundHost);
  return [...names];
}

/** A server certificate for these names, signed by the local CA; made in memory, per start. */
export async function serverCertificate(names: string[], ca?: LocalCa): Promise<{ cert: string; key: string }> {
  const authority = ca ?? (await localCa());
  const { default: forge } = await import('node-forge');
  const keys = await rsaKeyPair();
  const caCert = forge.pki.certificateFromPem(authority.certPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicPem);
  cert.serialNumber = `02${Date.now().toString(16)}`;
  // TLS checks validity against the wall clock, never the mock's; 397 days is what browsers accept.
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 397 * 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: 'supportbot-mock' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: names.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })),
    },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(authority.keyPem), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: keys.privatePem };
}
