/**
 * Verifies the bearer token a writer sends, the one verifier of the API. Two kinds are accepted:
 *
 * - an access token of a trusted OpenID provider (OIDC_ISSUER): chosen by its `iss` (read
 *   unverified only to choose), then verified with that issuer's published keys (asymmetric
 *   algorithms only), its `iss`, `aud` (OIDC_AUDIENCE), `exp` and `nbf` checked; its roles are the
 *   values of OIDC_ROLES_CLAIM mapped through OIDC_ROLE_MAP (unmapped values grant none);
 * - an HS256 token signed with JWT_SECRET (development and tests; production refuses the secret at
 *   start-up unless ALLOW_SHARED_SECRET_TOKENS=true), which carries its own `roles`.
 *
 * A request without a token is anonymous (reads only); a request with a token that is malformed,
 * expired, wrongly signed, of another issuer or audience, or of the wrong shape is refused
 * outright with UNAUTHENTICATED, saying why, so a client never mistakes a broken token for a
 * working one. When an issuer's keys cannot be fetched, the answer is SERVICE_UNAVAILABLE: the
 * token may be good. Tokens are never logged; the verifier keeps none.
 *
 * Beyond the signature an HS256 token must say when it was issued and when it expires (`iat`,
 * `exp`), live no longer than JWT_MAX_AGE_S, not be issued in the future, and carry its `roles`
 * (if any) as an array of strings: a token that never expires, or whose `"roles": "editor"` a
 * string check would happen to accept, is refused rather than interpreted.
 */
import { GraphQLError } from "graphql";
import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config.js";
import { rolesOfClaim } from "./role-map.js";
import { IssuerUnavailableError, trustedIssuers } from "./trusted-issuers.js";

/** A verified token: its claims, with `roles` checked to be a list of role names. */
export type VerifiedToken = JWTPayload & { roles: string[] };

export type VerifyEditorToken = (authorization: string | undefined) => Promise<VerifiedToken | undefined>;

/** Signatures an identity provider's token may carry: asymmetric only, so no published key can be used as a shared secret. */
const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"];

const unavailable = (reason: string) =>
  new GraphQLError(`The Authorization token could not be checked: ${reason}. Try again shortly; send no token for public reads.`, {
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
  });

const unauthenticated = (reason: string) =>
  new GraphQLError(`The Authorization token was refused: ${reason}. Send "Authorization: Bearer <JWT>" signed for this API, or no token for public reads.`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });

function reasonOf(error: unknown, maxAgeSeconds: number): string {
  if (error instanceof errors.JWTExpired) {
    return error.claim === "iat" ? `it was issued more than ${maxAgeSeconds} s ago (setting JWT_MAX_AGE_S)` : "it has expired";
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "its signature does not verify";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return "it is not a well-formed JWT";
  if (error instanceof errors.JOSEAlgNotAllowed) return "its algorithm is not allowed";
  if (error instanceof errors.JWKSNoMatchingKey) return "no key its issuer publishes matches it";
  if (error instanceof errors.JWKSMultipleMatchingKeys) return "it names no key id, and its issuer publishes several keys";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return `it has no "${error.claim}" claim, which is required`;
    if (error.claim === "iat") return `its "iat" claim lies in the future`;
    if (error.claim === "nbf") return `it is not valid yet (its "nbf" claim lies in the future)`;
    if (error.claim === "aud") return `it was issued for another audience than this API (setting OIDC_AUDIENCE)`;
    if (error.claim === "iss") return `it was issued by another issuer`;
    return `its "${error.claim}" claim is invalid`;
  }
  return "it could not be verified";
}

/** The token's claims with `roles` as a list, or the reason its shape is refused. */
function checkShape(payload: JWTPayload, maxAgeSeconds: number, clockToleranceSeconds: number): VerifiedToken | string {
  const { roles = [], exp, iat } = payload as JWTPayload & { roles?: unknown };
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === "string")) {
    return `its "roles" claim must be an array of strings, e.g. ["editor"]; got ${JSON.stringify(roles).slice(0, 60)}`;
  }
  // jose has checked that both are numbers and that iat is not in the future.
  if ((exp as number) - (iat as number) > maxAgeSeconds + clockToleranceSeconds) {
    return `it is valid for ${(exp as number) - (iat as number)} s, longer than the ${maxAgeSeconds} s allowed (setting JWT_MAX_AGE_S)`;
  }
  return { ...payload, roles };
}

/** A key set that cannot be fetched (jose's own errors, or the network's), as against a token that fails. */
const isKeyFetchFailure = (error: unknown) =>
  error instanceof errors.JWKSTimeout ||
  error instanceof errors.JWKSInvalid ||
  // jose's plain JOSEError: the key set answered other than 200, or not with JSON.
  (error instanceof errors.JOSEError && error.code === errors.JOSEError.code) ||
  !(error instanceof errors.JOSEError);

/** An issuer's identifier as a message may quote it: it comes from an unverified token. */
const quoted = (value: unknown) => JSON.stringify(String(value)).slice(0, 120);

export function editorTokenVerifier(auth: Config["auth"]): VerifyEditorToken {
  const { maxAgeSeconds, clockToleranceSeconds, oidc } = auth;
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
  const issuers = trustedIssuers(oidc?.issuers ?? [], auth.keysRefetchCooldownMs);

  async function verifySharedSecretToken(token: string): Promise<VerifiedToken> {
    if (!secret) throw unauthenticated("it is signed with a shared secret (HS256), which this server does not accept (JWT_SECRET is not set)");
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, secret, { algorithms: ["HS256"], requiredClaims: ["exp", "iat"], maxTokenAge: maxAgeSeconds, clockTolerance: clockToleranceSeconds }));
    } catch (error) {
      throw unauthenticated(reasonOf(error, maxAgeSeconds));
    }
    const verified = checkShape(payload, maxAgeSeconds, clockToleranceSeconds);
    if (typeof verified === "string") throw unauthenticated(verified);
    return verified;
  }

  async function verifyProviderToken(token: string): Promise<VerifiedToken> {
    if (!oidc) throw unauthenticated("it is not signed with a shared secret, and this server trusts no identity provider (OIDC_ISSUER is not set)");
    // Read unverified only to choose whose keys to verify it with; the verification checks `iss` again.
    const { iss } = decodeJwt(token);
    const issuer = typeof iss === "string" ? issuers.get(iss) : undefined;
    if (!issuer) throw unauthenticated(iss === undefined ? 'it has no "iss" claim, so no trusted issuer can be chosen' : `it was issued by ${quoted(iss)}, which this API does not trust (setting OIDC_ISSUER)`);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await issuer.keys(), {
        issuer: issuer.issuer,
        audience: oidc.audiences,
        algorithms: ASYMMETRIC_ALGORITHMS,
        requiredClaims: ["exp"],
        clockTolerance: clockToleranceSeconds,
      }));
    } catch (error) {
      if (error instanceof IssuerUnavailableError) throw unavailable(error.message);
      if (isKeyFetchFailure(error)) throw unavailable(`the keys of ${issuer.issuer} could not be fetched`);
      throw unauthenticated(reasonOf(error, maxAgeSeconds));
    }
    const roles = rolesOfClaim(payload[oidc.rolesClaim], oidc.roleMap, oidc.rolesClaim);
    if (typeof roles === "string") throw unauthenticated(roles);
    return { ...payload, roles };
  }

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === "") return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated('the header must read "Bearer <JWT>"');
    if (!secret && !oidc) throw unauthenticated("this server accepts no tokens (neither OIDC_ISSUER nor JWT_SECRET is configured)");
    const token = match[1];
    let alg: unknown;
    try {
      alg = decodeProtectedHeader(token).alg;
      decodeJwt(token);
    } catch {
      throw unauthenticated("it is not a well-formed JWT");
    }
    return alg === "HS256" ? verifySharedSecretToken(token) : verifyProviderToken(token);
  };
}
