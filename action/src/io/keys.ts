/** Signing keys at the edge: WPC_SIGNING_KEY (secret) or a 0600 key file; keygen writes one. */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { loadSeed } from "../core/crypto/ed25519.ts";
import { b64uEncode } from "../core/crypto/b64u.ts";
import { signerFromSeed, type Signer } from "../core/crypto/signer.ts";
import { ioReason } from "./files.ts";

export const KEY_ENV = "WPC_SIGNING_KEY";
export const KEY_FILE_NAME = "wpc-signing.key";

/** The signing key from `--key FILE` or, else, WPC_SIGNING_KEY. Errors never contain key material. */
export function loadSigner(keyFile: string | undefined, env: NodeJS.ProcessEnv = process.env): Signer {
  if (keyFile) {
    let fd: number;
    try {
      fd = openSync(keyFile, "r");
    } catch (e) {
      throw new WpcError("E_IO", `${keyFile}: ${ioReason(e)}`, keyFile);
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new WpcError("E_BAD_KEY", `${keyFile}: not a key file`, keyFile);
      if ((st.mode & 0o077) !== 0)
        throw new WpcError("E_BAD_KEY", `${keyFile}: key file is readable by others (mode ${(st.mode & 0o777).toString(8)}); chmod 600 it`, keyFile);
      if (st.size > 256) throw new WpcError("E_BAD_KEY", `${keyFile}: not a wpc signing key`, keyFile);
      return signerFromSeed(loadSeed(readFileSync(fd, "utf8")));
    } catch (e) {
      if (e instanceof WpcError) throw new WpcError(e.code, e.message.startsWith(keyFile) ? e.message : `${keyFile}: ${e.message}`, keyFile);
      throw new WpcError("E_IO", `${keyFile}: ${ioReason(e)}`, keyFile);
    } finally {
      closeSync(fd);
    }
  }
  const text = env[KEY_ENV];
  if (text === undefined || text.trim() === "") throw new WpcError("E_BAD_KEY", `no signing key: set ${KEY_ENV} or pass --key FILE`);
  try {
    return signerFromSeed(loadSeed(text));
  } catch (e) {
    if (e instanceof WpcError) throw new WpcError(e.code, `${KEY_ENV}: ${e.message}`);
    throw new WpcError("E_BAD_KEY", `${KEY_ENV}: not a signing key`);
  }
}

/** Write a fresh seed to DIR/wpc-signing.key (mode 0600, never overwriting); returns the signer. */
export function keygen(dir: string): { path: string; signer: Signer } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, KEY_FILE_NAME);
  const seed = new Uint8Array(randomBytes(32));
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o600);
  } catch (e) {
    if ((e as { code?: string }).code === "EEXIST") throw new WpcError("E_IO", `${path}: already exists (refusing to overwrite a key)`, path);
    throw new WpcError("E_IO", `${path}: ${ioReason(e)}`, path);
  }
  try {
    writeSync(fd, `${b64uEncode(seed)}\n`);
  } finally {
    closeSync(fd);
  }
  return { path, signer: signerFromSeed(seed) };
}
