import { createPrivateKey, generateKeyPair, X509Certificate } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A CA folder that cannot be used as it is: said plainly, never replaced by a new CA. */
export class CaError extends Error {}

export interface LocalCa {
  dir: string;
  certPath: string;
  certPem: string;
  keyPem: string;
}

const CA_CERT_FILE = 'ca-cert.pem';
const CA_KEY_FILE = 'ca-key.pem';

/** Where the CA lives: SUPPORTBOT_MOCK_CA_DIR, else the user's config folder. */
export function caDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SUPPORTBOT_MOCK_CA_DIR) return env.SUPPORTBOT_MOCK_CA_DIR;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'supportbot-mock', 'ca');
}

/** An RSA key pair from node's crypto, off the main thread (node-forge's own is slow JS). */
export async function rsaKeyPair(): Promise<{ privatePem: string; publicPem: string }> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return {
    privatePem: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
  };
}

/**
 * The local CA, made on first use. Its key is written 0600 in a 0700 folder and never
 * leaves it; a folder holding anything but a whole, valid CA is an error naming what is
 * wrong, so that clients that trust the CA are never silently left with another.
 */
export async function localCa(dir = caDir()): Promise<LocalCa> {
  const certPath = join(dir, CA_CERT_FILE);
  const keyPath = join(dir, CA_KEY_FILE);
  const empty = !existsSync(dir) || readdirSync(dir).length === 0;
  if (empty) await createCa(dir, certPath, keyPath);
  const fix = `remove ${dir} to have a new CA made, then trust the new one (supportbot-mock ca)`;
  for (const path of [certPath, keyPath])
    if (!existsSync(path)) throw new CaError(`the CA folder ${dir} has no ${path}: ${fix}`);
  if (process.platform !== 'win32' && (statSync(keyPath).mode & 0o077) !== 0)
    throw new CaError(
      `${keyPath} may be read by other users (mode ${(statSync(keyPath).mode & 0o777).toString(8)}): chmod 600 it`,
    );
  const certPem = readFileSync(certPath, 'utf8');
  const keyPem = readFileSync(keyPath, 'utf8');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
    if (!cert.ca) throw new Error('it is not a CA certificate');
    if (!cert.checkPrivateKey(createPrivateKey(keyPem))) throw new Error(`${CA_KEY_FILE} is not its key`);
  } catch (e) {
    throw new CaError(`the CA in ${dir} is damaged (${(e as Error).message}): ${fix}`);
  }
  if (Date.parse(cert.validTo) < Date.now()) throw new CaError(`the CA in ${dir} expired on ${cert.validTo}: ${fix}`);
  return { dir, certPath, certPem, keyPem };
}

async function createCa(dir: string, certPath: string, keyPath: string): Promise<void> {
  const { default: forge } = await import('node-forge');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const keys = await rsaKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicPem);
  cert.serialNumber = `01${Date.now().toString(16)}`;
  // TLS checks validity against the wall clock, never the mock's.
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600_000);
  const name = [
    { name: 'commonName', value: 'supportbot-mock local CA' },
    { name: 'organizationName', value: 'supportbot-mock (this machine only)' },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(keys.privatePem), forge.md.sha256.create());
  // Key first and each file whole (written aside, then renamed): a crash leaves no half CA.
  writeFileSync(`${keyPath}.tmp`, keys.privatePem, { mode: 0o600 });
  renameSync(`${keyPath}.tmp`, keyPath);
  writeFileSync(`${certPath}.tmp`, forge.pki.certificateToPem(cert), { mode: 0o644 });
  renameSync(`${certPath}.tmp`, certPath);
}
