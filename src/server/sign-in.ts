/**
 * GET /edit/sign-in.json: what the /edit page needs to sign an editor in at the identity provider
 * (Authorization Code + PKCE, a public client): the issuer (the first of OIDC_ISSUER), the client
 * id (OIDC_CLIENT_ID) and the scopes to ask for (OIDC_SCOPES). Public settings only, no secret;
 * `no-cache`, so a changed setting reaches the page at once.
 */
import { Router } from "express";
import type { Config } from "../config.js";
import { sendError } from "./http-errors.js";

export const SIGN_IN_PATH = "/edit/sign-in.json";

export interface SignInSettings {
  issuer: string;
  clientId: string;
  scopes: string[];
}

export function signInSettingsOf(oidc: Config["auth"]["oidc"]): SignInSettings | undefined {
  const issuer = oidc?.issuers[0];
  return issuer && oidc.signIn ? { issuer, clientId: oidc.signIn.clientId, scopes: oidc.signIn.scopes } : undefined;
}

export function signInRoutes(oidc: Config["auth"]["oidc"]): Router {
  const settings = signInSettingsOf(oidc);
  const router = Router();
  router.get(SIGN_IN_PATH, (_req, res) => {
    res.setHeader("cache-control", "no-cache");
    if (!settings) {
      sendError(res, 404, "NOT_FOUND", "Signing in is not configured on this server: set OIDC_ISSUER, OIDC_AUDIENCE and OIDC_CLIENT_ID (see Signing in in the README).");
      return;
    }
    res.json(settings);
  });
  return router;
}
