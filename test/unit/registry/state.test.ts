/**
 * Replay keeps revocation lists as sorted sets without sorting on every insert (issue 13): whatever
 * order entries arrive in, what is hashed, cloned or returned is the sorted set, and duplicates are
 * refused exactly as before.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEntry, cloneState, settleState, stateForHash } from "../../../action/src/core/registry/state.ts";
import { emptyState, type EntryPayload } from "../../../action/src/core/registry/types.ts";

const hex = (s: string) => createHash("sha256").update(s).digest("hex");
const revoke = (h?: string, j?: string): EntryPayload => ({ kind: "revoke_token", ...(h ? { token_hash: h } : {}), ...(j ? { token_jti: j } : {}) }) as EntryPayload;
const none = () => false;

describe("revocation sets during replay", () => {
  it("any arrival order gives the same sorted, hashed state", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 0, maxLength: 200 }), (ids) => {
        const a = emptyState();
        for (const i of ids) expect(applyEntry(a, revoke(hex(`t${i}`), `jti-${i}`), none)).toBeUndefined();
        const b = emptyState();
        for (const i of [...ids].sort((x, y) => x - y)) expect(applyEntry(b, revoke(hex(`t${i}`), `jti-${i}`), none)).toBeUndefined();
        expect(JSON.stringify(stateForHash(a))).toBe(JSON.stringify(stateForHash(b)));
        expect(a.revoked_tokens.hashes).toEqual([...a.revoked_tokens.hashes].sort());
        expect(a.revoked_tokens.jtis).toEqual([...a.revoked_tokens.jtis].sort());
      }),
      { numRuns: 50 },
    );
  });

  it("a duplicate is refused past the small-list threshold, by hash and by jti", () => {
    const s = emptyState();
    for (let i = 0; i < 100; i++) applyEntry(s, revoke(hex(`t${99 - i}`), `j${99 - i}`), none);
    expect(applyEntry(s, revoke(hex("t42")), none)?.message).toMatch(/already revoked/);
    expect(applyEntry(s, revoke(undefined, "j7"), none)?.message).toMatch(/already revoked/);
    // a new jti for a known hash is still news
    expect(applyEntry(s, revoke(hex("t42"), "fresh"), none)).toBeUndefined();
  });

  it("a clone taken before settling is sorted, and keeps refusing duplicates", () => {
    const s = emptyState();
    for (let i = 0; i < 40; i++) applyEntry(s, revoke(hex(`c${i}`)), none);
    const c = cloneState(s);
    expect(c.revoked_tokens.hashes).toEqual([...c.revoked_tokens.hashes].sort());
    expect(applyEntry(c, revoke(hex("c3")), none)?.message).toMatch(/already revoked/);
    expect(settleState(s).revoked_tokens.hashes).toEqual(c.revoked_tokens.hashes);
  });

  it("a list changed outside the replay is re-indexed, not trusted", () => {
    const s = emptyState();
    for (let i = 0; i < 30; i++) applyEntry(s, revoke(hex(`x${i}`)), none);
    const extra = hex("outside");
    s.revoked_tokens.hashes.push(extra);
    expect(applyEntry(s, revoke(extra), none)?.message).toMatch(/already revoked/);
  });
});
