/**
 * Verifies the bearer token a writer sends: HS256 with JWT_SECRET, or any key of the JWKS at
 * JWKS_URL. A request without a token is anonymous (reads only); a request with a token that is
 * malformed, expired, wrongly signed or of the wrong shape is refused outright with
 * UNAUTHENTICATED, so a client never mistakes a broken token for a working one.
 *
 * Beyond the signature a token must say when it was issued and when it expires (`iat`, `exp`),
 * live no longer than JWT_MAX_AGE_S, not be issued in the future, and carry its `roles` (if any)
 * as an array of strings: a token that never expires, or whose `"roles": "editor"` a string
 * check would happen to accept, is refused rather than interpreted.
 */
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config.js";

/** A verified token: its claims, with `roles` checked to be a list of role names. */
export type VerifiedToken = JWTPayload & { roles: string[] };

export type VerifyEditorToken = (authorization: string | undefined) => Promise<VerifiedToken | undefined>;

/** Clocks of token issuers and of this server differ a little. */
const CLOCK_TOLERANCE_S = 30;

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
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the JWKS matches it";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return `it has no "${error.claim}" claim, which is required`;
    if (error.claim === "iat") return `its "iat" claim lies in the future`;
    return `its "${error.claim}" claim is invalid`;
  }
  return "it could not be verified";
}

/** The token's claims with `roles` as a list, or the reason its shape is refused. */
function checkShape(payload: JWTPayload, maxAgeSeconds: number): VerifiedToken | string {
  const { roles = [], exp, iat } = payload as JWTPayload & { roles?: unknown };
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === "string")) {
    return `its "roles" claim must be an array of strings, e.g. ["editor"]; got ${JSON.stringify(roles).slice(0, 60)}`;
  }
  // jose has checked that both are numbers and that iat is not in the future.
  if ((exp as number) - (iat as number) > maxAgeSeconds + CLOCK_TOLERANCE_S) {
    return `it is valid for ${(exp as number) - (iat as number)} s, longer than the ${maxAgeSeconds} s allowed (setting JWT_MAX_AGE_S)`;
  }
  return { ...payload, roles };
}

export function editorTokenVerifier(auth: Config["auth"]): VerifyEditorToken {
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const claims = { requiredClaims: ["exp", "iat"], maxTokenAge: auth.maxAgeSeconds, clockTolerance: CLOCK_TOLERANCE_S };
  const verify = (token: string) =>
    secret
      ? jwtVerify(token, secret, { algorithms: ["HS256"], ...claims })
      : jwtVerify(token, jwks as NonNullable<typeof jwks>, { algorithms: ["RS256", "ES256", "PS256", "EdDSA"], ...claims });

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === "") return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated('the header must read "Bearer <JWT>"');
    if (!secret && !jwks) throw unauthenticated("this server accepts no tokens (neither JWT_SECRET nor JWKS_URL is configured)");
    let payload: JWTPayload;
    try {
      payload = (await verify(match[1])).payload;
    } catch (error) {
      throw unauthenticated(reasonOf(error, auth.maxAgeSeconds));
    }
    const token = checkShape(payload, auth.maxAgeSeconds);
    if (typeof token === "string") throw unauthenticated(token);
    return token;
  };
}
