// See ../index.js: only @actions/core's OidcClient uses this, and wpc never calls it.
export class BearerCredentialHandler {
  constructor() {
    throw new Error("@actions/http-client is not bundled with wpc (only @actions/core getIDToken needs it, and wpc never calls it)");
  }
}
