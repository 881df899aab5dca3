/**
 * `npm run token -- --name "A. Editor" --role editor`: prints an HS256 token signed with
 * JWT_SECRET, for local use (the editor's desk's token sign-in, curl, the playground). Production
 * signs editors in through their organisation's identity provider instead (README, "Signing in").
 *
 *   --name   the display name revisions record (required)
 *   --role   a role to grant, repeatable: editor, privacy (default: editor)
 *   --sub    the subject (default: the name as an id)
 *   --hours  how long it is valid (default 8, at most JWT_MAX_AGE_S)
 */
import { parseArgs } from "node:util";
import { SignJWT } from "jose";
import { loadConfig } from "../config.js";
import { idForName } from "../model/ids.js";
import { ROLES } from "./roles.js";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { name: { type: "string" }, role: { type: "string", multiple: true }, sub: { type: "string" }, hours: { type: "string" } },
  strict: true,
});
const config = loadConfig(process.env);
const secret = config.auth.jwtSecret;
if (secret === undefined) fail("JWT_SECRET is not set: the token is signed with it, and the API must have the same value (e.g. JWT_SECRET=... npm run dev).");
const name = values.name?.trim();
if (!name) fail('--name is required, e.g. --name "A. Editor".');
const roles = values.role ?? ["editor"];
const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
if (unknown.length > 0) fail(`--role ${unknown.join(", ")}: unknown; the roles are ${ROLES.join(", ")}.`);
const hours = Number(values.hours ?? "8");
const maxHours = config.auth.maxAgeSeconds / 3600;
if (!Number.isFinite(hours) || hours <= 0 || hours > maxHours) fail(`--hours must be more than 0 and at most ${maxHours} (JWT_MAX_AGE_S); got ${values.hours}.`);

const token = await new SignJWT({ name, roles })
  .setProtectedHeader({ alg: "HS256" })
  .setSubject(values.sub ?? (idForName(name) || "editor"))
  .setIssuedAt()
  .setExpirationTime(`${Math.floor(hours * 3600)}s`)
  .sign(new TextEncoder().encode(secret));
process.stdout.write(`${token}\n`);
