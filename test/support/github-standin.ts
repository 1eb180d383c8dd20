/**
 * A local stand-in for the GitHub REST API (node:http). Every request is checked against GitHub's published
 * OpenAPI description (openapi-routes.ts); anything the real API would reject is answered like GitHub does
 * and recorded in `violations`. The operations wpc uses are faked statefully in `state`
 * (github-standin-handlers.ts); any other valid operation answers 501 and is recorded as "unsupported by
 * stand-in". The state also sets the token's permissions, the pull-request setting and injected faults
 * (502s, rate limits), answered as GitHub does (github-standin-gates.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { loadOpenApiRoutes, type RequestParams } from "./openapi-routes.ts";
import { BLOB_PREFIX, error, HANDLERS, type Reply } from "./github-standin-handlers.ts";
import { faultReply, permissionGate, takeFault } from "./github-standin-gates.ts";
import { GitHubState, type RecordedRequest } from "./github-standin-state.ts";

export * from "./github-standin-state.ts";

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  violations: string[];
  state: GitHubState;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve(Buffer.concat(chunks).toString("utf8"))).on("error", reject);
  });
}

/** Start a stand-in on 127.0.0.1 (random port). With `token`, requests must carry `Authorization: token|Bearer <token>`. */
export async function startGitHubStandIn(opts: { token?: string; login?: string } = {}): Promise<StandIn> {
  const routes = await loadOpenApiRoutes();
  const login = opts.login ?? "github-actions[bot]";
  const state = new GitHubState({ login, id: 41898282, type: login.endsWith("[bot]") ? "Bot" : "User" });
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  let base = "";

  const handle = async (req: IncomingMessage): Promise<Reply> => {
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", base);
    if (url.pathname.startsWith(BLOB_PREFIX)) return error(404, "Not Found"); // blobs live on the blob origin only
    const raw = await readBody(req);
    let body: unknown = raw === "" ? undefined : raw;
    try { body = raw === "" ? undefined : JSON.parse(raw); } catch { /* recorded as text */ }
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, operationId: undefined };
    requests.push(record);
    const what = `${method} ${url.pathname}${url.search}`;
    const reject = (reply: Reply, why: string): Reply => (violations.push(`${what}: ${why}`), reply);

    if (!req.headers["user-agent"]) {
      return reject(error(403, "Request forbidden by administrative rules. Please make sure your request has a User-Agent header"), "no User-Agent header");
    }
    if (opts.token !== undefined) {
      const auth = req.headers.authorization;
      if (!auth) return reject(error(401, "Requires authentication"), "no Authorization header");
      if (!new RegExp(`^(token|bearer) ${opts.token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i").test(auth)) {
        return reject(error(401, "Bad credentials"), "wrong Authorization header");
      }
    }
    const resolved = routes.resolve(method, url, raw);
    record.operationId = resolved.op?.operationId;
    if (!resolved.ok) {
      const label = resolved.op ? `${resolved.op.operationId}: ` : "";
      return reject(error(resolved.status, resolved.message, resolved.status === 404 ? undefined : resolved.errors, resolved.op?.docsUrl), label + resolved.errors.join("; "));
    }
    const handler = HANDLERS[resolved.op.operationId];
    if (!handler) {
      const why = `unsupported by stand-in: ${resolved.op.operationId} (${resolved.op.method.toUpperCase()} ${resolved.op.template})`;
      return reject(error(501, why, undefined, resolved.op.docsUrl), why);
    }
    // injected faults and refusals are GitHub behaving as it does, not client mistakes: no violation
    const fault = takeFault(state, resolved.op.operationId);
    if (fault && fault.kind !== "502-after") return faultReply(fault);
    const refused = permissionGate(resolved.op.operationId, resolved.op.docsUrl, state);
    if (refused) return refused;
    const params: RequestParams = resolved.params;
    const reply = handler({ ...params, body: resolved.body, url, state, base });
    if (reply.violation) return reject(reply, `${resolved.op.operationId}: ${reply.violation}`);
    return fault ? faultReply(fault) : reply;
  };

  const server = createServer((req, res: ServerResponse) => {
    handle(req)
      .catch((e: unknown): Reply => {
        violations.push(`${req.method} ${req.url}: stand-in crashed: ${String(e)}`);
        return error(500, `stand-in crashed: ${String(e)}`);
      })
      .then((reply) => {
        const text = reply.raw ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
        res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", "x-github-request-id": "STANDIN", ...reply.headers });
        res.end(text);
      });
  });
  // blob storage behind an artifact download's redirect: another origin (as GitHub's is), pre-signed,
  // so the GitHub token must never reach it
  const blobs = createServer((req, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://blob").pathname;
    requests.push({ method: req.method ?? "GET", path, query: {}, body: undefined, operationId: "blob" });
    if (req.headers.authorization) violations.push(`${req.method} ${path}: the GitHub token was sent to blob storage`);
    const a = state.artifacts.find((x) => `${BLOB_PREFIX}${x.id}.zip` === path);
    res.writeHead(a ? 200 : 404, { "content-type": a ? "application/zip" : "text/plain" });
    res.end(a ? a.zip : "BlobNotFound");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => blobs.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.blobBase = `http://127.0.0.1:${(blobs.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    violations,
    state,
    close: async () => {
      await new Promise<void>((resolve) => {
        blobs.close(() => resolve());
        blobs.closeAllConnections();
      });
      await new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
