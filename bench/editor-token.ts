/**
 * The benchmark writes as an editor: its API process verifies tokens with a secret made for the
 * run (never a fixed one), and the benchmark signs its token with it, as an identity provider would.
 */
import { randomBytes } from "node:crypto";
import { SignJWT } from "jose";
import { EDITOR_ROLE } from "../src/graphql/writes/write-access.js";

export interface EditorCredentials {
  /** JWT_SECRET for the API process. */
  secret: string;
  /** The Authorization header of the benchmark's writes. */
  authorization: string;
}

export async function benchEditor(): Promise<EditorCredentials> {
  const secret = randomBytes(32).toString("hex");
  const jwt = await new SignJWT({ roles: [EDITOR_ROLE], name: "Benchmark" })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("bench")
    .setIssuedAt()
    .setExpirationTime("6h")
    .sign(new TextEncoder().encode(secret));
  return { secret, authorization: `Bearer ${jwt}` };
}
