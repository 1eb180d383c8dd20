// Bundled in place of @actions/http-client (issue 14: bundle diet; it brings tunnel along). In wpc's
// bundles only @actions/core's OidcClient (getIDToken) constructs an HttpClient, and wpc never requests
// an OIDC token; the GitHub API is reached through Octokit's fetch. Failing loudly keeps that true.
export class HttpClient {
  constructor() {
    throw new Error("@actions/http-client is not bundled with wpc (only @actions/core getIDToken needs it, and wpc never calls it)");
  }
}
