/**
 * The OpenID providers the API trusts, and their published keys. Each issuer's discovery document
 * (`<issuer>/.well-known/openid-configuration`) is fetched on the first token it issued, checked
 * to name that very issuer, and kept for the process's life; its `jwks_uri` is read through jose's
 * remote key set, which keeps the keys, fetches them again every ten minutes, and at once (after a
 * cooldown) when a token names a key id it does not know: a provider's rotated keys are picked up
 * without a restart. A failed fetch is retried on a later token, not at once on every one.
 */
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

const DISCOVERY_TIMEOUT_MS = 5_000;
/** After a failed discovery, tokens of that issuer are refused for this long before it is asked again. */
const RETRY_AFTER_FAILURE_MS = 5_000;

/** The issuer's keys could not be fetched: the token may be fine, the provider is unreachable or misconfigured. */
export class IssuerUnavailableError extends Error {
  override name = "IssuerUnavailableError";
}

interface DiscoveryDocument {
  issuer?: unknown;
  jwks_uri?: unknown;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** https, or http on this machine only (as the issuers themselves). */
function isKeySetUrl(value: unknown): value is string {
  const url = typeof value === "string" ? URL.parse(value) : null;
  return url !== null && (url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)));
}

/** The discovery document's address: the issuer with `/.well-known/openid-configuration` appended (a trailing slash dropped first). */
export const discoveryUrl = (issuer: string) => `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;

async function discoverKeySet(issuer: string, cooldownMs: number): Promise<JWTVerifyGetKey> {
  let document: DiscoveryDocument;
  try {
    const response = await fetch(discoveryUrl(issuer), { headers: { accept: "application/json" }, signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as DiscoveryDocument;
  } catch (error) {
    throw new IssuerUnavailableError(`the discovery document of ${issuer} could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (document.issuer !== issuer) {
    throw new IssuerUnavailableError(`the discovery document of ${issuer} names another issuer, ${JSON.stringify(document.issuer)}; OIDC_ISSUER must be exactly the "issuer" it names`);
  }
  if (!isKeySetUrl(document.jwks_uri)) throw new IssuerUnavailableError(`the discovery document of ${issuer} has no usable jwks_uri`);
  return createRemoteJWKSet(new URL(document.jwks_uri), { cooldownDuration: cooldownMs, timeoutDuration: DISCOVERY_TIMEOUT_MS });
}

export class TrustedIssuer {
  private keySet: Promise<JWTVerifyGetKey> | undefined;
  private failedAt = 0;
  private failure: IssuerUnavailableError | undefined;

  constructor(
    readonly issuer: string,
    private readonly keysRefetchCooldownMs: number,
  ) {}

  /** The issuer's published keys, for jose's jwtVerify; rejects with IssuerUnavailableError. */
  async keys(): Promise<JWTVerifyGetKey> {
    if (this.failure && Date.now() - this.failedAt < RETRY_AFTER_FAILURE_MS) throw this.failure;
    this.keySet ??= discoverKeySet(this.issuer, this.keysRefetchCooldownMs);
    try {
      return await this.keySet;
    } catch (error) {
      this.keySet = undefined;
      this.failure = error instanceof IssuerUnavailableError ? error : new IssuerUnavailableError(String(error));
      this.failedAt = Date.now();
      throw this.failure;
    }
  }
}

/** The configured issuers by their identifier, the one a token's `iss` must equal. */
export function trustedIssuers(issuers: readonly string[], keysRefetchCooldownMs: number): ReadonlyMap<string, TrustedIssuer> {
  return new Map(issuers.map((issuer) => [issuer, new TrustedIssuer(issuer, keysRefetchCooldownMs)]));
}
