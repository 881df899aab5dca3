/**
 * Verifies the bearer token an editor sends: HS256 with JWT_SECRET, or any key of the JWKS at
 * JWKS_URL. A request without a token is anonymous (reads only); a request with a token that is
 * malformed, expired or wrongly signed is refused outright with UNAUTHENTICATED, so a client never
 * mistakes a broken token for a working one.
 */
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config.js";

export type VerifyEditorToken = (authorization: string | undefined) => Promise<JWTPayload | undefined>;

const unauthenticated = (reason: string) =>
  new GraphQLError(`The Authorization token was refused: ${reason}. Send "Authorization: Bearer <JWT>" signed for this API, or no token for public reads.`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "it has expired";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "its signature does not verify";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return "it is not a well-formed JWT";
  if (error instanceof errors.JOSEAlgNotAllowed) return "its algorithm is not allowed";
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the JWKS matches it";
  if (error instanceof errors.JWTClaimValidationFailed) return `its "${error.claim}" claim is invalid`;
  return "it could not be verified";
}

export function editorTokenVerifier(auth: Config["auth"]): VerifyEditorToken {
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const verify = (token: string) =>
    secret
      ? jwtVerify(token, secret, { algorithms: ["HS256"] })
      : jwtVerify(token, jwks as NonNullable<typeof jwks>, { algorithms: ["RS256", "ES256", "PS256", "EdDSA"] });

  return async (authorization) => {
    if (authorization === undefined || authorization.trim() === "") return undefined;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) throw unauthenticated('the header must read "Bearer <JWT>"');
    if (!secret && !jwks) throw unauthenticated("this server accepts no tokens (neither JWT_SECRET nor JWKS_URL is configured)");
    try {
      return (await verify(match[1])).payload;
    } catch (error) {
      throw unauthenticated(reasonOf(error));
    }
  };
}
