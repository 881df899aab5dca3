/**
 * The tests' identity providers: `oidc-provider` (OpenID Certified) started in this process on two
 * free loopback ports, each with its own keys generated now, the /edit page's public client
 * (Authorization Code + PKCE) and the test users (test/oidc/test-provider.ts). The first is the
 * issuer the test API trusts; the second, identical but on another issuer, is one it does not.
 * Tests read the settings with inject("oidc") and get real tokens with signIn (test/oidc/sign-in.ts),
 * or drive the provider's login page from a browser.
 */
import type { TestProject } from "vitest/node";
import {
  EDITORS_GROUP,
  GROUPS_CLAIM,
  OTHER_AUDIENCE,
  PRIVACY_GROUP,
  SHORT_LIVED_CLIENT_ID,
  TEST_AUDIENCE,
  TEST_CLIENT_ID,
  TEST_REDIRECT_URI,
  TEST_SCOPES,
  TEST_USERS,
  startTestProvider,
  type TestUser,
} from "./oidc/test-provider.js";

export interface TestOidc {
  /** The issuer the test API trusts (OIDC_ISSUER), http://127.0.0.1:<port>; its login page is the provider's own. */
  issuer: string;
  /** A second provider, alike in all but its issuer, which the test API does not trust. */
  untrustedIssuer: string;
  /** The /edit page's public client (no secret, PKCE with S256 required). */
  clientId: string;
  /** The same client but its access tokens live one second. */
  shortLivedClientId: string;
  /** The registered redirect URI, http://127.0.0.1/edit: any port of 127.0.0.1 may be used with it (RFC 8252 loopback rule). */
  redirectUri: string;
  /** What the client asks for. */
  scopes: string;
  /** The API's audience (OIDC_AUDIENCE): access tokens are issued for it unless another `resource` is asked for. */
  audience: string;
  /** Another API's audience, which the provider also issues tokens for. */
  otherAudience: string;
  /** The claim and map that give the test users their roles (OIDC_ROLES_CLAIM, OIDC_ROLE_MAP). */
  rolesClaim: string;
  roleMap: string;
  /** editor@example.org (group kg-editors), reader@example.org (no editors' group), privacy@example.org (group kg-privacy). */
  users: { editor: TestUser; reader: TestUser; privacy: TestUser };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const trusted = await startTestProvider();
  const untrusted = await startTestProvider();
  const oidc: TestOidc = {
    issuer: trusted.issuer,
    untrustedIssuer: untrusted.issuer,
    clientId: TEST_CLIENT_ID,
    shortLivedClientId: SHORT_LIVED_CLIENT_ID,
    redirectUri: TEST_REDIRECT_URI,
    scopes: TEST_SCOPES,
    audience: TEST_AUDIENCE,
    otherAudience: OTHER_AUDIENCE,
    rolesClaim: GROUPS_CLAIM,
    roleMap: `editor=${EDITORS_GROUP},privacy=${PRIVACY_GROUP}`,
    users: { editor: { ...TEST_USERS.editor, groups: [...TEST_USERS.editor.groups] }, reader: { ...TEST_USERS.reader, groups: [...TEST_USERS.reader.groups] }, privacy: { ...TEST_USERS.privacy, groups: [...TEST_USERS.privacy.groups] } },
  };
  project.provide("oidc", oidc);
  return async () => {
    await trusted.close();
    await untrusted.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    oidc: TestOidc;
  }
}
