/**
 * A test certificate authority made at test time (openssl), a server certificate for 127.0.0.1 signed by
 * it, and a static HTTPS server over a directory: what GitHub Pages or any static host does, on loopback.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, existsSync, writeFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { tmpdir } from "node:os";
import { join, normalize, sep } from "node:path";

export interface TestCa {
  ca: string;
  key: string;
  cert: string;
  cleanup(): void;
}

function openssl(cwd: string, args: string[]): void {
  const r = spawnSync("openssl", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl ${args[0]}: ${r.stderr}`);
}

export function makeTestCa(): TestCa {
  const dir = mkdtempSync(join(tmpdir(), "wpc-tls-"));
  openssl(dir, ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=wpc test CA"]);
  openssl(dir, ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=127.0.0.1"]);
  writeFileSync(join(dir, "ext.cnf"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
  openssl(dir, ["x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf"]);
  const read = (f: string) => readFileSync(join(dir, f), "utf8");
  return { ca: read("ca.pem"), key: read("srv.key"), cert: read("srv.pem"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Serve `root` read-only over HTTPS on 127.0.0.1; every request is recorded. */
export async function serveStatic(root: string, tls: TestCa): Promise<{ base: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const path = normalize(join(root, decodeURIComponent((req.url ?? "/").split("?")[0]!)));
    if (req.method !== "GET" || !path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return { base: `https://127.0.0.1:${port}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}
