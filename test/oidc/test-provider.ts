/**
 * A real OpenID provider for the tests: `oidc-provider` (an OpenID Certified implementation) on a
 * loopback port, with one public client for Authorization Code + PKCE (the /edit page's kind of
 * client), two users, its own login page, and access tokens issued as JWTs for the API's audience
 * with the user's groups in them, as Entra ID or SURFconext issue them for a registered API.
 *
 * Not a mock: discovery, JWKS, the authorization and token endpoints are the provider's own. Only
 * the login page is ours (a plain form that checks the two users' passwords; the provider's
 * development pages accept any name and are not meant to be served), and consent is given
 * for the user, as an organisation's admin consent does.
 */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import Provider, { errors, type Configuration } from "oidc-provider";

/** The API's audience at the test provider: the resource indicator its access tokens are issued for. */
export const TEST_AUDIENCE = "https://kg.test/api";
/** Another API's audience, for tokens the API must refuse. */
export const OTHER_AUDIENCE = "https://other.test/api";
/** The /edit page's client: public (no secret), PKCE required. */
export const TEST_CLIENT_ID = "kg-edit";
/** The same kind of client whose access tokens live one second, for expiry tests. */
export const SHORT_LIVED_CLIENT_ID = "kg-edit-short-lived";
/**
 * The client's redirect URI. The client is registered as a native (loopback) client, so any port
 * of 127.0.0.1 is allowed at the time of the request (RFC 8252, 7.3): the /edit page of an API
 * started on any free port, http://127.0.0.1:<port>/edit, may use it.
 */
export const TEST_REDIRECT_URI = "http://127.0.0.1/edit";
/** The claim the access tokens carry the user's groups in. */
export const GROUPS_CLAIM = "groups";
export const EDITORS_GROUP = "kg-editors";
export const PRIVACY_GROUP = "kg-privacy";
/** What the client asks for: an ID token with the user's name, and the API's access. */
export const TEST_SCOPES = "openid profile email kg";

export interface TestUser {
  login: string;
  password: string;
  name: string;
  groups: string[];
}

export const TEST_USERS = {
  editor: { login: "editor@example.org", password: "editor-password", name: "Eva Editor", groups: [EDITORS_GROUP, "staff"] },
  reader: { login: "reader@example.org", password: "reader-password", name: "Rik Reader", groups: ["staff"] },
  privacy: { login: "privacy@example.org", password: "privacy-password", name: "Pim Privacy", groups: [PRIVACY_GROUP] },
} as const satisfies Record<string, TestUser>;

const usersByLogin = new Map<string, TestUser>(Object.values(TEST_USERS).map((user) => [user.login, user]));

/** A signing key of the provider, private parts included (JWK with `kid`, `alg` and `use`). */
export type SigningKey = JWK & { kid: string };

export async function newSigningKey(kid = `key-${randomBytes(6).toString("hex")}`): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
}

export interface TestProvider {
  issuer: string;
  port: number;
  /** The keys it signs with (the first) and publishes (all), private parts included. */
  keys: SigningKey[];
  close(): Promise<void>;
}

export interface TestProviderOptions {
  /** A port to listen on (to start a provider again on an issuer the API already trusts); a free one by default. */
  port?: number;
  /** The keys to sign with (the first) and to publish; one new key by default. */
  keys?: SigningKey[];
}

function configuration(keys: SigningKey[]): Configuration {
  return {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        application_type: "native",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [TEST_REDIRECT_URI],
      },
      {
        client_id: SHORT_LIVED_CLIENT_ID,
        application_type: "native",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [TEST_REDIRECT_URI],
      },
    ],
    jwks: { keys },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    pkce: { required: () => true },
    // The /edit page runs on the API's origin, a loopback address on whatever port the test chose.
    clientBasedCORS: (_ctx, origin) => /^http:\/\/127\.0\.0\.1:\d+$/.test(origin),
    claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"] },
    scopes: ["openid", "profile", "email", "kg"],
    async findAccount(_ctx, sub) {
      const user = usersByLogin.get(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: () => ({ sub, name: user.name, preferred_username: user.login, email: user.login }) };
    },
    // What the API reads from the access token: who (name, preferred_username) and the groups, as Entra and SURFconext put them there.
    async extraTokenClaims(_ctx, token) {
      const user = "accountId" in token && typeof token.accountId === "string" ? usersByLogin.get(token.accountId) : undefined;
      if (!user || !("resourceServer" in token)) return undefined;
      return { name: user.name, preferred_username: user.login, [GROUPS_CLAIM]: [...user.groups] };
    },
    features: {
      // Our own login page (below); the provider's development pages accept any login.
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // The /edit page need not send `resource`: its tokens are for the API.
        defaultResource: () => TEST_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator, client) => {
          if (indicator !== TEST_AUDIENCE && indicator !== OTHER_AUDIENCE) throw new errors.InvalidTarget();
          return {
            scope: "kg",
            audience: indicator,
            accessTokenFormat: "jwt",
            accessTokenTTL: client.clientId === SHORT_LIVED_CLIENT_ID ? 1 : 300,
            jwt: { sign: { alg: "RS256" } },
          };
        },
      },
    },
    ttl: { AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 300, AuthorizationCode: 60, IdToken: 300, Interaction: 600, Session: 3600, Grant: 3600 },
    // Errors are answers to the tests, not log lines.
    renderError(ctx, out) {
      ctx.type = "json";
      ctx.body = out;
    },
  };
}

const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(action: string, error?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in: test provider</title></head>
<body>
<main>
<h1>Sign in to the test provider</h1>
${error ? `<p role="alert">${html(error)}</p>` : ""}
<form method="post" action="${html(action)}">
<p><label for="login">E-mail</label> <input id="login" name="login" type="email" autocomplete="username" required></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>
</main>
</body></html>`;
}

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body);
}

/** The login page (GET shows it, POST checks the password), and consent given for the user. */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  if (prompt.name === "login") {
    if (req.method === "POST") {
      const form = await formOf(req);
      const user = usersByLogin.get(form.get("login") ?? "");
      if (user && user.password === form.get("password")) {
        await provider.interactionFinished(req, res, { login: { accountId: user.login } }, { mergeWithLastSubmission: false });
        return;
      }
      res.writeHead(401, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(loginPage(req.url ?? "", "Unknown e-mail or wrong password."));
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(loginPage(req.url ?? ""));
    return;
  }
  if (prompt.name === "consent" && session?.accountId) {
    const grant = details.grantId
      ? ((await provider.Grant.find(details.grantId)) ?? new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) }))
      : new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) });
    const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(" "));
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    return;
  }
  res.writeHead(501, { "content-type": "text/plain" }).end(`The test provider has no page for the prompt "${prompt.name}".`);
}

/** Starts a provider on 127.0.0.1 (a free port unless one is given); its issuer is http://127.0.0.1:<port>. */
export async function startTestProvider(options: TestProviderOptions = {}): Promise<TestProvider> {
  const keys = options.keys ?? [await newSigningKey()];
  const server: Server = createServer();
  server.listen(options.port ?? 0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, configuration(keys));
  const callback = provider.callback();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    // No kept-alive connections: a provider started again on this port must not meet a client's stale one.
    res.setHeader("connection", "close");
    if (req.url?.startsWith("/interaction/")) {
      interaction(provider, req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(400, { "content-type": "text/plain" });
        res.end(`The sign-in could not go on: ${error instanceof Error ? error.message : String(error)}`);
      });
    } else {
      void callback(req, res);
    }
  });
  return {
    issuer,
    port,
    keys,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}
