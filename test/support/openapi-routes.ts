/**
 * GitHub's published OpenAPI description (api.github.com, from @octokit/openapi) as a request checker:
 * route matching for every path template, and ajv validation of path/query parameters and JSON bodies.
 * The spec is read once per process; validators are compiled lazily, once per operation actually used.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

type JsonObject = { [key: string]: unknown };
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

interface OasParameter { name: string; in: string; required?: boolean; schema?: JsonObject }
interface OasRequestBody { required?: boolean; content?: Record<string, { schema?: JsonObject }> }
interface OasOperation {
  operationId: string;
  parameters?: JsonObject[];
  requestBody?: JsonObject;
  externalDocs?: { url?: string };
}
interface OasSpec { openapi: string; paths: Record<string, Record<string, OasOperation>>; components: JsonObject }

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  docsUrl: string;
  raw: OasOperation;
}

interface Route { template: string; rank: number[]; regex: RegExp; tail: RegExp | undefined; names: string[]; ops: Map<string, OasOperation> }

/** Parameters after coercion and defaults (e.g. `issue_number` is a number, `per_page` defaults to 30). */
export interface RequestParams { path: Record<string, unknown>; query: Record<string, unknown> }

export type Resolution =
  | { ok: true; op: Operation; params: RequestParams; body: unknown }
  | { ok: false; status: 400 | 404 | 422; op: Operation | undefined; message: string; errors: string[] };

export const DOCS_URL = "https://docs.github.com/rest";
/** Formats GitHub enforces on request fields; others in the spec (uri-template, int64, repo.nwo…) are annotations. */
const FORMATS: Record<string, (s: string) => boolean> = {
  "date-time": (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)),
  date: (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)),
  uri: (s) => URL.canParse(s),
  email: (s) => /^[^\s@]+@[^\s@]+$/.test(s),
};
/** OpenAPI 3.0 keywords with no JSON Schema 2020-12 meaning (vendor `x-*` keys are dropped too). */
const DROPPED = new Set(["nullable", "example", "discriminator", "xml", "externalDocs"]);

function newAjv(forParams: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: forParams ? "array" : false, useDefaults: forParams });
  for (const [name, validate] of Object.entries(FORMATS)) ajv.addFormat(name, validate);
  return ajv;
}

export class OpenApiRoutes {
  readonly openapi: string;
  private readonly routes: Route[];
  private readonly converted = new Map<string, unknown>();
  private readonly paramValidators = new Map<string, ValidateFunction>();
  private readonly bodyValidators = new Map<string, ValidateFunction | null>();
  private readonly paramAjv = newAjv(true);
  private readonly bodyAjv = newAjv(false);

  constructor(private readonly spec: OasSpec) {
    this.openapi = spec.openapi;
    this.routes = Object.entries(spec.paths).map(([template, item]) => compileRoute(template, item));
    this.routes.sort((a, b) => compareRank(b.rank, a.rank));
  }

  /** Find the operation for method + raw (still percent-encoded) pathname, GitHub-style: literal segments win. */
  match(method: string, pathname: string): { op: Operation; path: Record<string, string> } | undefined {
    const m = method.toLowerCase();
    for (const greedyTail of [false, true]) {
      for (const route of this.routes) {
        const raw = route.ops.get(m);
        const hit = raw && (greedyTail ? route.tail : route.regex)?.exec(pathname);
        if (!raw || !hit) continue;
        const path: Record<string, string> = {};
        try {
          route.names.forEach((name, i) => (path[name] = decodeURIComponent(hit[i + 1] ?? "")));
        } catch {
          continue;
        }
        const docsUrl = raw.externalDocs?.url ?? DOCS_URL;
        return { op: { operationId: raw.operationId, method: m, template: route.template, docsUrl, raw }, path };
      }
    }
    return undefined;
  }

  /** Route, then validate parameters and body exactly as far as the published description allows. */
  resolve(method: string, url: URL, rawBody: string): Resolution {
    const found = this.match(method, url.pathname);
    if (!found) return { ok: false, status: 404, op: undefined, message: "Not Found", errors: [`no operation for ${method} ${url.pathname}`] };
    const { op } = found;
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of url.searchParams) {
      const prev = query[k];
      query[k] = prev === undefined ? v : [...(Array.isArray(prev) ? prev : [prev]), v];
    }
    const params: RequestParams = { path: { ...found.path }, query };
    const validateParams = this.paramValidator(op);
    if (!validateParams(params)) {
      const errors = formatErrors(validateParams.errors);
      const inPath = errors.some((e) => e.startsWith("path"));
      return { ok: false, status: inPath ? 404 : 422, op, message: inPath ? "Not Found" : "Invalid request.", errors };
    }
    const requestBody = this.deref(op.raw.requestBody) as OasRequestBody | undefined;
    const json = requestBody?.content?.["application/json"];
    if (rawBody.trim() === "") {
      if (requestBody?.required && json) return invalid(op, ["body is required but was not supplied"]);
      return { ok: true, op, params, body: undefined };
    }
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { ok: false, status: 400, op, message: "Problems parsing JSON", errors: ["request body is not valid JSON"] };
    }
    const validateBody = json ? this.bodyValidator(op, json.schema) : null;
    if (validateBody && !validateBody(body)) return invalid(op, formatErrors(validateBody.errors));
    return { ok: true, op, params, body };
  }

  private paramValidator(op: Operation): ValidateFunction {
    let fn = this.paramValidators.get(op.operationId);
    if (!fn) {
      const groups: Record<"path" | "query", { properties: JsonObject; required: string[] }> = {
        path: { properties: {}, required: [] },
        query: { properties: {}, required: [] },
      };
      for (const ref of op.raw.parameters ?? []) {
        const p = this.deref(ref) as OasParameter;
        if (p.in !== "path" && p.in !== "query") continue;
        groups[p.in].properties[p.name] = this.toJsonSchema(p.schema ?? {}, false);
        if (p.required) groups[p.in].required.push(p.name);
      }
      const group = (g: (typeof groups)["path"]) => ({ type: "object", ...g });
      fn = this.paramAjv.compile({ type: "object", properties: { path: group(groups.path), query: group(groups.query) } });
      this.paramValidators.set(op.operationId, fn);
    }
    return fn;
  }

  private bodyValidator(op: Operation, schema: JsonObject | undefined): ValidateFunction | null {
    if (!this.bodyValidators.has(op.operationId)) {
      this.bodyValidators.set(op.operationId, schema ? this.bodyAjv.compile(this.toJsonSchema(schema, true) as JsonObject) : null);
    }
    return this.bodyValidators.get(op.operationId) ?? null;
  }

  /** Follow a local `$ref` (`#/components/...`); the description has no cycles (its deref'ed twin exists). */
  private deref(node: unknown): unknown {
    if (!isObject(node) || typeof node.$ref !== "string") return node;
    let cur: unknown = this.spec;
    for (const part of node.$ref.replace(/^#\//, "").split("/")) {
      cur = isObject(cur) ? cur[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    }
    if (cur === undefined) throw new Error(`unresolvable $ref ${node.$ref}`);
    return this.deref(cur);
  }

  /**
   * OpenAPI 3.0 Schema Object → JSON Schema 2020-12: `$ref`s inlined, `nullable` turned into a `null` type
   * (or `anyOf` with null for composed schemas), boolean `exclusiveMinimum`/`exclusiveMaximum` made numeric,
   * unenforced formats dropped and, in requests, `readOnly` properties no longer required.
   */
  private toJsonSchema(node: unknown, request: boolean): unknown {
    if (isObject(node) && typeof node.$ref === "string") {
      const key = `${request}:${node.$ref}`;
      if (!this.converted.has(key)) this.converted.set(key, this.toJsonSchema(this.deref(node), request));
      return this.converted.get(key);
    }
    if (!isObject(node)) return node;
    const sub = (v: unknown) => this.toJsonSchema(v, request);
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) {
      if (DROPPED.has(k) || k.startsWith("x-")) continue;
      if (k === "format" && !(typeof v === "string" && v in FORMATS)) continue;
      if (k === "properties" && isObject(v)) out[k] = Object.fromEntries(Object.entries(v).map(([name, s]) => [name, sub(s)]));
      else if ((k === "items" || k === "not" || k === "additionalProperties") && isObject(v)) out[k] = sub(v);
      else if ((k === "allOf" || k === "anyOf" || k === "oneOf") && Array.isArray(v)) out[k] = v.map(sub);
      else out[k] = v; // enum, default, required, bounds… are data, copied verbatim
    }
    for (const bound of ["Minimum", "Maximum"] as const) {
      const flag = node[`exclusive${bound}`];
      if (typeof flag !== "boolean") continue;
      delete out[`exclusive${bound}`];
      if (flag) {
        out[`exclusive${bound}`] = node[bound.toLowerCase()];
        delete out[bound.toLowerCase()];
      }
    }
    if (request && Array.isArray(out.required) && isObject(out.properties)) {
      const props = out.properties;
      out.required = out.required.filter((name) => !(isObject(props[String(name)]) && (props[String(name)] as JsonObject).readOnly === true));
    }
    if (node.nullable !== true) return out;
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return "allOf" in out || "anyOf" in out || "oneOf" in out ? { anyOf: [out, { type: "null" }] } : out;
  }
}

function invalid(op: Operation, errors: string[]): Resolution {
  return { ok: false, status: 422, op, message: "Invalid request.", errors };
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath.replace(/^\//, "").replace(/\//g, ".") || "body";
    const allowed = e.keyword === "enum" && isObject(e.params) ? ` (${String((e.params.allowedValues as unknown[]).join(", "))})` : "";
    return `${where} ${e.message ?? e.keyword}${allowed}`;
  });
}

const SLASHED_PARAMS = new Set(["path", "ref", "branch"]);

/** Literal segment 2, mixed (`{base}...{head}`) 1, parameter 0: compared left to right, higher wins. */
function compileRoute(template: string, item: Record<string, OasOperation>): Route {
  const names: string[] = [];
  const segments = template.split("/").slice(1);
  const rank = segments.map((s) => (!s.includes("{") ? 2 : /^\{[^}]+\}$/.test(s) ? 0 : 1));
  const source = segments.map((s) =>
    s.split(/(\{[^}]+\})/).map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    }).join(""),
  );
  const regex = new RegExp(`^/${source.join("/")}$`);
  // e.g. /repos/{owner}/{repo}/contents/{path}: GitHub lets a trailing path/ref/branch hold unencoded slashes.
  const greedy = rank.at(-1) === 0 && SLASHED_PARAMS.has(names.at(-1) ?? "");
  const tail = greedy ? new RegExp(`^/${[...source.slice(0, -1), "(.+)"].join("/")}$`) : undefined;
  return { template, rank, regex, tail, names, ops: new Map(Object.entries(item)) };
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The api.github.com description (not the 73 MB `.deref` twin: 13 MB parses ~9x faster; refs resolve lazily). */
export const SPEC_FILE = createRequire(import.meta.url).resolve("@octokit/openapi/generated/api.github.com.json");
let loaded: Promise<OpenApiRoutes> | undefined;

/** Load and index the description once per process. */
export function loadOpenApiRoutes(): Promise<OpenApiRoutes> {
  loaded ??= readFile(SPEC_FILE, "utf8").then((text) => new OpenApiRoutes(JSON.parse(text) as OasSpec));
  return loaded;
}
