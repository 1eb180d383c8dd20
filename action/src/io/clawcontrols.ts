/**
 * The clawcontrols edge: `POST {base}/v1/wpc` over node:https with the CST in `X-CST`. https only (an
 * http: URL is refused before anything is sent), redirects never followed (a 3xx is a failure), one
 * overall timeout, the answer read up to a cap and judged by core/claw/controls.ts. The token is sent
 * in its header and nowhere else: no message, error or log line of this module carries it (node's own
 * errors name headers, never their values).
 */
import { request } from "node:https";
import * as tls from "node:tls";
import { WpcError } from "../core/json/errors.ts";
import { controlsRequestBody, CST_HEADER, interpretControlsAnswer, type ControlsOutcome } from "../core/claw/controls.ts";
import type { ClawWpcV1 } from "../core/claw/wpc.ts";

/** The CLI reads the CST from this variable (never from a flag: flags show up in process lists). */
export const CST_ENV = "WPC_CLAWCONTROLS_CST";
export const DEFAULT_TIMEOUT_MS = 30_000;
/** clawcontrols answers with a few KiB (the envelope of a ≤ 64 KiB contract); more is not an answer. */
const MAX_ANSWER_BYTES = 1 << 20;

/** `POST /v1/wpc` under the base URL (its path kept, so a prefix behind a reverse proxy works). */
export function controlsEndpoint(base: string, name = "--clawcontrols"): URL {
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    throw new WpcError("E_USAGE", `${name} is not a URL (give the service's https base URL, e.g. https://clawcontrols.com)`);
  }
  // checked before the URL is ever echoed: credentials in it would be printed
  if (u.username || u.password) throw new WpcError("E_USAGE", `${name} must not carry credentials (the CST is given separately)`);
  if (u.protocol !== "https:") throw new WpcError("E_USAGE", `${name} must be an https URL (got ${u.protocol}): the CST is never sent in clear`);
  if (u.search || u.hash) throw new WpcError("E_USAGE", `${name} is a base URL without query or fragment`);
  return new URL(`${u.pathname.replace(/\/+$/, "")}/v1/wpc`, u.origin);
}

export interface PostOptions {
  endpoint: URL;
  token: string;
  payload: ClawWpcV1;
  clawHash: string;
  signers: readonly string[];
  timeoutMs?: number;
  /** Extra trusted CA certificates (PEM) beside the system's; the CLI and action use NODE_EXTRA_CA_CERTS. */
  ca?: string;
}

/** One push. Never throws for what the network or clawcontrols does: that is a failure outcome. */
export function postClawWpc(o: PostOptions): Promise<ControlsOutcome> {
  const body = Buffer.from(controlsRequestBody(o.payload), "utf8");
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise<ControlsOutcome>((resolve) => {
    let settled = false;
    const done = (v: ControlsOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    const failed = (code: string, message: string) => done({ ok: false, status: null, code, message });
    const req = request(
      o.endpoint,
      {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "content-length": String(body.length),
          accept: "application/json",
          "user-agent": "wpc",
          [CST_HEADER]: o.token,
        },
        agent: false,
        ...(o.ca ? { ca: [...tls.rootCertificates, o.ca] } : {}),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (d: Buffer) => {
          size += d.length;
          if (size > MAX_ANSWER_BYTES) {
            failed("BAD_RESPONSE", `clawcontrols' answer exceeds ${MAX_ANSWER_BYTES} bytes`);
            res.destroy();
            req.destroy();
          } else chunks.push(d);
        });
        res.on("error", () => failed("UNREACHABLE", `the connection to ${o.endpoint.host} broke while reading the answer`));
        res.on("end", () => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {
            parsed = undefined;
          }
          done(interpretControlsAnswer(status, parsed, { clawHash: o.clawHash, signers: o.signers, host: o.endpoint.hostname }));
        });
      },
    );
    const timer = setTimeout(() => {
      failed("TIMEOUT", `clawcontrols (${o.endpoint.host}) did not answer within ${timeoutMs} ms`);
      req.destroy();
    }, timeoutMs);
    req.on("error", (e: NodeJS.ErrnoException) => {
      const code = typeof e.code === "string" && /^[A-Z0-9_]{1,64}$/.test(e.code) ? e.code : "ERROR";
      failed("UNREACHABLE", `cannot reach clawcontrols at ${o.endpoint.host} (${code})`);
    });
    req.end(body);
  });
}
