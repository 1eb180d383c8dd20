// Bundled in place of undici (issue 14: bundle diet). undici reaches the bundles only through
// @actions/http-client's proxy agent, which only @actions/core's getIDToken (OIDC) uses; wpc never
// requests an OIDC token, so no code path of wpc constructs it. Failing loudly keeps that true.
export class ProxyAgent {
  constructor() {
    throw new Error("undici is not bundled with wpc (only @actions/core getIDToken needs it, and wpc never calls it)");
  }
}
