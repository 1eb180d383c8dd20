/**
 * The set of Claw JSON Schemas (copied unmodified from vectors/clawsig/schema/ into ./schema/) and
 * their ajv setup: non-strict, allErrors, ajv-formats; all 2020-12 schemas in one Ajv2020 instance so
 * their cross-`$ref`s resolve; `human_approval_receipt.v1.json` (draft-07) in its own Ajv instance.
 * The build compiles them ahead of time into ./generated/ (ajv standalone); schemas.ts uses those.
 *
 * `urm.v1` is not among the copied schemas; the bundle verifier needs it (CLAWSIG.md §3.1), so it is
 * transcribed below from clawbureau `packages/schema/poh/urm.v1.json`.
 */
import { Ajv, _ } from "ajv";
import { clawFormats } from "./formats.ts";
import { canonicalize } from "../json/jcs.ts";
import { Ajv2020, type AnySchema, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import scopedTokenClaims from "./schema/auth/scoped_token_claims.v1.json" with { type: "json" };
import binarySemanticEvidence from "./schema/poh/binary_semantic_evidence.v1.json" with { type: "json" };
import binarySemanticEvidenceEnvelope from "./schema/poh/binary_semantic_evidence_envelope.v1.json" with { type: "json" };
import coSignature from "./schema/poh/co_signature.v1.json" with { type: "json" };
import coverageAttestation from "./schema/poh/coverage_attestation.v1.json" with { type: "json" };
import coverageAttestationEnvelope from "./schema/poh/coverage_attestation_envelope.v1.json" with { type: "json" };
import eventChain from "./schema/poh/event_chain.v1.json" with { type: "json" };
import gatewayReceipt from "./schema/poh/gateway_receipt.v1.json" with { type: "json" };
import gatewayReceiptEnvelope from "./schema/poh/gateway_receipt_envelope.v1.json" with { type: "json" };
import humanApprovalReceipt from "./schema/poh/human_approval_receipt.v1.json" with { type: "json" };
import kinematicFingerprint from "./schema/poh/kinematic_fingerprint.v1.json" with { type: "json" };
import logInclusionProof from "./schema/poh/log_inclusion_proof.v1.json" with { type: "json" };
import modelIdentity from "./schema/poh/model_identity.v1.json" with { type: "json" };
import proofBundle from "./schema/poh/proof_bundle.v1.json" with { type: "json" };
import proofBundleEnvelope from "./schema/poh/proof_bundle_envelope.v1.json" with { type: "json" };
import receiptBinding from "./schema/poh/receipt_binding.v1.json" with { type: "json" };
import selectiveDisclosure from "./schema/poh/selective_disclosure.v1.json" with { type: "json" };
import sentinelAnomalyReport from "./schema/poh/sentinel_anomaly_report.v1.json" with { type: "json" };
import toolReceiptV1 from "./schema/poh/tool_receipt.v1.json" with { type: "json" };
import toolReceiptV2 from "./schema/poh/tool_receipt.v2.json" with { type: "json" };
import toolReceiptEnvelopeV1 from "./schema/poh/tool_receipt_envelope.v1.json" with { type: "json" };
import toolReceiptEnvelopeV2 from "./schema/poh/tool_receipt_envelope.v2.json" with { type: "json" };
import virV1 from "./schema/poh/vir.v1.json" with { type: "json" };
import virV2 from "./schema/poh/vir.v2.json" with { type: "json" };
import virEnvelopeV1 from "./schema/poh/vir_envelope.v1.json" with { type: "json" };
import virEnvelopeV2 from "./schema/poh/vir_envelope.v2.json" with { type: "json" };
import webReceipt from "./schema/poh/web_receipt.v1.json" with { type: "json" };
import webReceiptEnvelope from "./schema/poh/web_receipt_envelope.v1.json" with { type: "json" };
import workPolicyContract from "./schema/policy/work_policy_contract.v1.json" with { type: "json" };
import workPolicyContractEnvelope from "./schema/policy/work_policy_contract_envelope.v1.json" with { type: "json" };

/** ajv-formats is CommonJS; under Node ESM its default import is module.exports, whose `.default` is the plugin. */
const addFormats = addFormatsModule.default;

const B64U = { type: "string", pattern: "^[A-Za-z0-9_-]+$", minLength: 8 } as const;
const URM_ITEM = {
  type: "object",
  additionalProperties: false,
  required: ["type", "hash_b64u"],
  properties: {
    type: { type: "string", minLength: 1 },
    hash_b64u: B64U,
    content_type: { type: "string" },
    uri: { type: "string", format: "uri" },
    path: { type: "string" },
    size_bytes: { type: "integer", minimum: 0 },
    metadata: { type: "object" },
  },
} as const;

/** clawbureau `packages/schema/poh/urm.v1.json` (descriptions dropped). */
export const URM_V1_SCHEMA = {
  $id: "https://schemas.clawbureau.org/claw.poh.urm.v1.json",
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Universal Run Manifest v1",
  type: "object",
  additionalProperties: false,
  required: ["urm_version", "urm_id", "run_id", "agent_did", "issued_at", "harness", "inputs", "outputs"],
  properties: {
    urm_version: { const: "1" },
    urm_id: { type: "string", minLength: 1 },
    run_id: { type: "string", minLength: 1 },
    agent_did: { type: "string", pattern: "^did:" },
    issued_at: { type: "string", format: "date-time" },
    harness: {
      type: "object",
      additionalProperties: false,
      required: ["id", "version"],
      properties: {
        id: { type: "string", minLength: 1 },
        version: { type: "string", minLength: 1 },
        runtime: { type: "string" },
        config_hash_b64u: B64U,
        metadata: { type: "object" },
      },
    },
    inputs: { type: "array", items: URM_ITEM },
    outputs: { type: "array", items: URM_ITEM },
    event_chain_root_hash_b64u: B64U,
    receipts_root_hash_b64u: B64U,
    proof_bundle_hash_b64u: B64U,
    metadata: { type: "object" },
  },
} as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonRecord = { [k: string]: Json };

/** A schema without its annotations (what validation does not read). */
function withoutAnnotations(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (schema === null || typeof schema !== "object") return schema;
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(schema)) if (k !== "description" && k !== "title" && k !== "$id" && k !== "$schema") out[k] = withoutAnnotations(v);
  return out;
}

/**
 * What `gateway_receipt_envelope.v1` asks of a receipt beyond what `proof_bundle.v1` asks of each of its
 * `receipts` items: the receipt metadata members only the receipt schema names (x402 payment fields,
 * log inclusion proof, kinematic fingerprint, sentinel report), as a schema of `payload.metadata`.
 *
 * Derived from the two schemas, never written by hand, and only when the premise holds: the two are
 * the same schema except for those extra `metadata` properties (each a conjunct of `properties`). Then
 * a receipt the bundle schema accepted is accepted by the receipt schema exactly when its metadata is
 * accepted by this one, with the same errors in the same order (given the instance path
 * `/payload/metadata`). So a bundle's receipts are validated once, not twice (checkGatewayReceipt).
 * Throws at build time if a new schema version breaks the premise.
 */
export function deriveReceiptMetadataExtras(bundle: object, envelope: object, receipt: object): JsonRecord {
  const item = withoutAnnotations((bundle as { properties: { receipts: { items: Json } } }).properties.receipts.items) as JsonRecord;
  const env = withoutAnnotations(envelope as Json) as JsonRecord & { properties: JsonRecord };
  const whole = { ...env, properties: { ...env.properties, payload: withoutAnnotations(receipt as Json) } } as JsonRecord;
  const metaOf = (s: JsonRecord) => ((s["properties"] as JsonRecord)["payload"] as JsonRecord & { properties: JsonRecord }).properties["metadata"] as JsonRecord & { properties: JsonRecord };
  const [a, b] = [metaOf(item), metaOf(whole)];
  // the extra members' schemas as the receipt schema writes them (annotations and all)
  const written = ((receipt as { properties: { metadata: { properties: JsonRecord } } }).properties.metadata.properties);
  const extras: JsonRecord = {};
  for (const [k, v] of Object.entries(b.properties)) {
    if (!Object.hasOwn(a.properties, k)) extras[k] = written[k]!;
    else if (canonicalize(a.properties[k]) !== canonicalize(v)) throw new Error(`receipt metadata.${k} differs between proof_bundle.v1 and gateway_receipt.v1`);
  }
  for (const k of Object.keys(a.properties)) if (!Object.hasOwn(b.properties, k)) throw new Error(`receipt metadata.${k} is only in proof_bundle.v1`);
  // everything else must be the same schema
  const rest = (s: JsonRecord): string => {
    const m = metaOf(s);
    const { properties: _p, ...metaRest } = m;
    const payload = (s["properties"] as JsonRecord)["payload"] as JsonRecord & { properties: JsonRecord };
    return canonicalize({ ...s, properties: { ...(s["properties"] as JsonRecord), payload: { ...payload, properties: { ...payload.properties, metadata: metaRest } } } });
  };
  if (rest(item) !== rest(whole)) throw new Error("proof_bundle.v1 receipt items and gateway_receipt_envelope.v1 differ beyond receipt metadata properties");
  return {
    $id: "urn:wpc:derived:claw.poh.gateway_receipt_metadata_extras",
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties: extras,
  };
}

/** Validators by name, and the schema each one compiles. */
const SCHEMAS = {
  gateway_receipt_metadata_extras: deriveReceiptMetadataExtras(proofBundle, gatewayReceiptEnvelope, gatewayReceipt),
  proof_bundle_envelope: proofBundleEnvelope,
  proof_bundle: proofBundle,
  gateway_receipt_envelope: gatewayReceiptEnvelope,
  gateway_receipt: gatewayReceipt,
  receipt_binding: receiptBinding,
  tool_receipt_v1: toolReceiptV1,
  tool_receipt_v2: toolReceiptV2,
  tool_receipt_envelope_v1: toolReceiptEnvelopeV1,
  tool_receipt_envelope_v2: toolReceiptEnvelopeV2,
  co_signature: coSignature,
  selective_disclosure: selectiveDisclosure,
  event_chain: eventChain,
  human_approval_receipt: humanApprovalReceipt,
  scoped_token_claims: scopedTokenClaims,
  urm: URM_V1_SCHEMA,
  work_policy_contract: workPolicyContract,
  work_policy_contract_envelope: workPolicyContractEnvelope,
  model_identity: modelIdentity,
  log_inclusion_proof: logInclusionProof,
  kinematic_fingerprint: kinematicFingerprint,
  sentinel_anomaly_report: sentinelAnomalyReport,
  web_receipt: webReceipt,
  web_receipt_envelope: webReceiptEnvelope,
  vir_v1: virV1,
  vir_v2: virV2,
  vir_envelope_v1: virEnvelopeV1,
  vir_envelope_v2: virEnvelopeV2,
  coverage_attestation: coverageAttestation,
  coverage_attestation_envelope: coverageAttestationEnvelope,
  binary_semantic_evidence: binarySemanticEvidence,
  binary_semantic_evidence_envelope: binarySemanticEvidenceEnvelope,
} as const;

export type ClawSchemaName = keyof typeof SCHEMAS;
export const CLAW_SCHEMA_NAMES = Object.keys(SCHEMAS) as ClawSchemaName[];
export const DRAFT07: ReadonlySet<ClawSchemaName> = new Set(["human_approval_receipt"]);

export interface Instances {
  ajv2020: Ajv2020;
  ajv07: Ajv;
}

/** The JSON Schema document behind a name. */
export function clawSchemaObject(name: ClawSchemaName): object {
  return SCHEMAS[name];
}

export function schemaId(name: ClawSchemaName): string {
  return (SCHEMAS[name] as { $id: string }).$id;
}

/**
 * The ajv setup of the Claw schemas; `code` options are for the build's standalone generation,
 * whose validators take their formats from generated/claw-formats.cjs (formats.ts, compiled).
 */
export function buildClawAjv(code?: { source: true; esm?: boolean }): Instances {
  const options = { strict: false, allErrors: true, inlineRefs: false, ...(code ? { code: { ...code, formats: _`require("./claw-formats.cjs").clawFormats` } } : {}) } as const;
  const ajv2020 = new Ajv2020(options);
  const ajv07 = new Ajv(options);
  for (const ajv of [ajv2020, ajv07]) {
    addFormats(ajv);
    ajv.addFormat("date-time", clawFormats["date-time"]);
  }
  for (const name of CLAW_SCHEMA_NAMES) {
    (DRAFT07.has(name) ? ajv07 : ajv2020).addSchema(SCHEMAS[name] as AnySchema);
  }
  return { ajv2020, ajv07 };
}

let instances: Instances | undefined;
const compiled = new Map<ClawSchemaName, ValidateFunction>();

/** Any Claw schema compiled at run time (cached): the conformance tests; the verifier uses schemas.ts. */
export function compileClawValidator(name: ClawSchemaName): ValidateFunction {
  const hit = compiled.get(name);
  if (hit) return hit;
  const { ajv2020, ajv07 } = (instances ??= buildClawAjv());
  const fn = (DRAFT07.has(name) ? ajv07 : ajv2020).getSchema(schemaId(name));
  if (!fn) throw new Error(`Claw schema ${name} is not registered`);
  compiled.set(name, fn);
  return fn;
}

/** The schemas the verifier validates documents against (precompiled by the build). */
export const RUNTIME_CLAW_SCHEMAS: readonly ClawSchemaName[] = [
  "proof_bundle_envelope",
  "gateway_receipt_envelope",
  "gateway_receipt_metadata_extras",
  "tool_receipt_v1",
  "tool_receipt_v2",
  "tool_receipt_envelope_v1",
  "tool_receipt_envelope_v2",
  "co_signature",
  "selective_disclosure",
  "urm",
  "human_approval_receipt",
];

/** Names compiled by each instance (the build writes one standalone module per instance). */
export function clawSchemaGroups(names: readonly ClawSchemaName[] = CLAW_SCHEMA_NAMES): { draft2020: Record<string, string>; draft07: Record<string, string> } {
  const draft2020: Record<string, string> = {};
  const draft07: Record<string, string> = {};
  for (const name of names) (DRAFT07.has(name) ? draft07 : draft2020)[name] = schemaId(name);
  return { draft2020, draft07 };
}

