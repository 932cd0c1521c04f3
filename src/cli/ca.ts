import { CaError, caDir, localCa } from '../adapters/tls/local-ca.js';

const USAGE = `Usage: supportbot-mock ca

Prints the local CA's certificate path (making the CA on first use) and how to trust it.
The CA signs the certificate of --https-port and of the proxy's tunnels. Its folder is
${caDir()} (SUPPORTBOT_MOCK_CA_DIR overrides); its key never leaves it.`;

/** `supportbot-mock ca`: where the CA's certificate is, and how each kind of client trusts it. */
export async function runCa(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (argv.length) {
    console.error(`supportbot-mock ca: takes no arguments, got ${argv.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  try {
    const ca = await localCa();
    console.log(`${ca.certPath}

Trust it, for this machine's clients only:
  Node           NODE_EXTRA_CA_CERTS=${ca.certPath}
  Python         REQUESTS_CA_BUNDLE=${ca.certPath}  (requests), SSL_CERT_FILE=${ca.certPath}  (httpx)
  curl           --cacert ${ca.certPath}
  Chrome         Settings > Privacy and security > Manage certificates > Authorities > Import
                 (Linux: certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n supportbot-mock -i ${ca.certPath})
  Firefox        Settings > Certificates > View Certificates > Authorities > Import
  Debian, Ubuntu sudo cp ${ca.certPath} /usr/local/share/ca-certificates/supportbot-mock.crt
                 && sudo update-ca-certificates`);
    return 0;
  } catch (e) {
    if (!(e instanceof CaError)) throw e;
    console.error(`supportbot-mock ca: ${e.message}`);
    return 1;
  }
}
