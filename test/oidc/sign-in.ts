/**
 * Signs a user in at the test provider the way a browser does, with fetch: the authorization
 * request (Authorization Code + PKCE), the provider's login page, the redirect back with a code,
 * and the code exchanged for tokens. The API tests use the access tokens this returns: real tokens
 * of a real provider, never ones the tests sign themselves.
 */
import { createHash, randomBytes } from "node:crypto";
import { TEST_CLIENT_ID, TEST_REDIRECT_URI, TEST_SCOPES, type TestUser } from "./test-provider.js";

export interface SignInOptions {
  issuer: string;
  user: Pick<TestUser, "login" | "password">;
  clientId?: string;
  /** The audience asked for (`resource`); the provider's default is the API's. */
  resource?: string;
  /** The page the provider sends the code back to; any port of 127.0.0.1 is allowed. */
  redirectUri?: string;
}

export interface SignedIn {
  accessToken: string;
  idToken: string;
  expiresIn: number;
}

const base64url = (bytes: Buffer) => bytes.toString("base64url");

/** Cookies by name, as the provider sets them during one sign-in (paths and expiry do not matter here). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function describeFailure(what: string, response: Response): Promise<Error> {
  return new Error(`${what}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
}

export async function signIn(options: SignInOptions): Promise<SignedIn> {
  const clientId = options.clientId ?? TEST_CLIENT_ID;
  const redirectUri = options.redirectUri ?? TEST_REDIRECT_URI;
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const authorization = new URL("/auth", options.issuer);
  authorization.search = new URLSearchParams({
    client_id: clientId,
    response_type: "code",
    redirect_uri: redirectUri,
    scope: TEST_SCOPES,
    state,
    nonce: base64url(randomBytes(16)),
    code_challenge: base64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
    ...(options.resource ? { resource: options.resource } : {}),
  }).toString();

  const jar = new CookieJar();
  let url = authorization.toString();
  let posted = false;
  // Follow the provider's redirects, signing in once on its login page, until it sends the code back.
  for (let step = 0; step < 12; step++) {
    const response = await fetch(url, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(response);
    if (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get("location") ?? "", url);
      if (next.origin + next.pathname === new URL(redirectUri).origin + new URL(redirectUri).pathname) {
        return exchange(options.issuer, clientId, redirectUri, verifier, state, next, options.resource);
      }
      url = next.toString();
      continue;
    }
    if (response.status !== 200 || posted) throw await describeFailure(`sign-in of ${options.user.login} at ${url}`, response);
    await response.text();
    // The login page: post the form as a browser would.
    const login = await fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ login: options.user.login, password: options.user.password }).toString(),
    });
    jar.take(login);
    if (login.status < 300 || login.status >= 400) throw await describeFailure(`login of ${options.user.login}`, login);
    posted = true;
    url = new URL(login.headers.get("location") ?? "", url).toString();
  }
  throw new Error(`sign-in of ${options.user.login}: the provider never sent a code back to ${redirectUri}`);
}

async function exchange(issuer: string, clientId: string, redirectUri: string, verifier: string, state: string, callback: URL, resource?: string): Promise<SignedIn> {
  const error = callback.searchParams.get("error");
  if (error) throw new Error(`the provider refused the sign-in: ${error} ${callback.searchParams.get("error_description") ?? ""}`);
  if (callback.searchParams.get("state") !== state) throw new Error("the provider sent back another state");
  const response = await fetch(new URL("/token", issuer), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: callback.searchParams.get("code") ?? "",
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
      ...(resource ? { resource } : {}),
    }).toString(),
  });
  if (!response.ok) throw await describeFailure("token request", response);
  const body = (await response.json()) as { access_token: string; id_token: string; expires_in: number };
  return { accessToken: body.access_token, idToken: body.id_token, expiresIn: body.expires_in };
}
