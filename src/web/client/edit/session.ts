/**
 * Who is at the desk. Two ways in:
 *   - the organisation's identity provider (OpenID Connect, Authorization Code with PKCE, through
 *     oauth4webapi), when the API names one at /edit/sign-in.json;
 *   - a pasted token, for local use (`npm run token`).
 * Either way the API decides: the page asks `viewer` with the token and shows the desk only when
 * the answer says the token may edit.
 *
 * Where tokens are held: the access token in this module's memory only (never localStorage,
 * sessionStorage or a URL), until sign-out, a reload or its expiry. Across the provider's redirect
 * only the PKCE verifier and `state` (single-use, deleted on return) and the editor's unsent drafts
 * (drafts.ts; no token) wait in sessionStorage.
 */
import * as oauth from "oauth4webapi";
import { DeskViewerDocument, type DeskViewerQuery } from "../shared/__generated__/queries.js";
import type { Lang } from "../shared/i18n.js";
import { messages } from "../shared/i18n.js";
import { DeskError, type DeskApi } from "./desk-api.js";

export type Viewer = NonNullable<DeskViewerQuery["viewer"]>;

export interface SessionState {
  viewer: Viewer | null;
  /** The token was refused or ran out while signed in: sign in again; the forms keep what was typed. */
  expired: boolean;
  /** Why the last sign-in failed, if it did. */
  problem: string | null;
}

/** What the API says about signing in with the organisation's provider (src/server/sign-in.ts). */
interface ProviderConfig {
  issuer: string;
  clientId: string;
  scopes: string[];
}

/** The single-use values of a sign-in under way, kept across the provider's redirect. */
const PENDING_KEY = "kg-edit-sign-in";

/** Plain http only to a provider on this machine (development and the tests); anything else must be https. */
const isLoopback = (url: URL) => url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);

export class Session {
  private token: string | undefined;
  private state: SessionState = { viewer: null, expired: false, problem: null };
  private listeners: ((state: SessionState) => void)[] = [];
  private provider: ProviderConfig | null = null;
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Called before leaving for the provider's sign-in page, to keep what the editor typed. */
  beforeLeaving: () => void = () => undefined;

  constructor(
    private readonly api: DeskApi,
    private readonly lang: Lang,
  ) {}

  onChange(listener: (state: SessionState) => void): void {
    this.listeners.push(listener);
  }

  providerConfigured(): boolean {
    return this.provider !== null;
  }

  /** Reads the provider's settings, and finishes a sign-in the provider just sent the browser back from. */
  async start(providerButton: HTMLButtonElement): Promise<void> {
    this.provider = await fetch("/edit/sign-in.json", { headers: { accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<ProviderConfig>) : null))
      .catch(() => null);
    if (this.provider === null) {
      this.emit();
      return;
    }
    providerButton.hidden = false;
    providerButton.addEventListener("click", () => void this.signInWithProvider());
    const callback = new URL(location.href);
    if (callback.searchParams.has("code") || callback.searchParams.has("error")) await this.finishProviderSignIn(callback);
    else this.emit();
  }

  /** Runs `request` with the current token; refuses at once, without asking the API, when there is none. */
  async withToken<T>(request: (token: string) => Promise<T>): Promise<T> {
    if (this.token === undefined) throw new DeskError(messages(this.lang).sessionSignedOut, "UNAUTHENTICATED");
    return request(this.token);
  }

  async signInWithToken(token: string): Promise<void> {
    await this.adopt(token, null);
  }

  signOut(): void {
    this.token = undefined;
    clearTimeout(this.expiryTimer);
    this.state = { viewer: null, expired: false, problem: null };
    this.emit();
  }

  /** The API refused the token in the middle of an edit. */
  expired(): void {
    this.token = undefined;
    clearTimeout(this.expiryTimer);
    this.state = { ...this.state, expired: true };
    this.emit();
  }

  /** The status line: who is signed in with which roles, or what to do. */
  describe(): string {
    const text = messages(this.lang);
    const { viewer, expired, problem } = this.state;
    if (expired) return text.sessionExpired(viewer?.name ?? "");
    if (problem !== null) return problem;
    if (viewer === null) return text.sessionSignedOut;
    const roles = viewer.roles.length === 0 ? text.sessionNoRoles : viewer.roles.join(", ");
    return viewer.canEdit ? text.sessionSignedIn(viewer.name, roles) : text.sessionNotEditor(viewer.name, roles);
  }

  private async adopt(token: string, expiresInSeconds: number | null): Promise<void> {
    const text = messages(this.lang);
    if (token === "") {
      this.state = { viewer: null, expired: false, problem: text.tokenMissing };
      return this.emit();
    }
    try {
      const { viewer } = await this.api.request(DeskViewerDocument, {}, token);
      if (viewer === null) throw new DeskError("The API did not recognise a token.", "UNAUTHENTICATED");
      this.token = token;
      this.state = { viewer, expired: false, problem: null };
      this.watchExpiry(token, expiresInSeconds);
    } catch (error) {
      this.token = undefined;
      const reason = error instanceof DeskError ? error.message : String(error);
      this.state = { viewer: null, expired: false, problem: text.sessionRefused(reason) };
    }
    this.emit();
  }

  /** Says "sign in again" when the token runs out, before a write would be refused. */
  private watchExpiry(token: string, expiresInSeconds: number | null): void {
    clearTimeout(this.expiryTimer);
    const expiresAt = expiresInSeconds !== null ? Date.now() + expiresInSeconds * 1000 : expiryOf(token);
    if (expiresAt === null) return;
    // setTimeout holds at most 24.8 days.
    this.expiryTimer = setTimeout(() => this.expired(), Math.min(Math.max(0, expiresAt - Date.now()), 2 ** 31 - 1));
  }

  private async authorizationServer(): Promise<oauth.AuthorizationServer> {
    const provider = this.provider as ProviderConfig;
    const issuer = new URL(provider.issuer);
    const response = await oauth.discoveryRequest(issuer, { [oauth.allowInsecureRequests]: isLoopback(issuer) });
    return oauth.processDiscoveryResponse(issuer, response);
  }

  private redirectUri(): string {
    return new URL("/edit", location.origin).href;
  }

  private async signInWithProvider(): Promise<void> {
    const provider = this.provider as ProviderConfig;
    try {
      const as = await this.authorizationServer();
      const codeVerifier = oauth.generateRandomCodeVerifier();
      const state = oauth.generateRandomState();
      sessionStorage.setItem(PENDING_KEY, JSON.stringify({ codeVerifier, state, lang: this.lang }));
      const url = new URL(as.authorization_endpoint as string);
      url.search = new URLSearchParams({
        client_id: provider.clientId,
        redirect_uri: this.redirectUri(),
        response_type: "code",
        scope: provider.scopes.join(" "),
        code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
        state,
        ui_locales: this.lang,
      }).toString();
      this.beforeLeaving();
      location.assign(url.href);
    } catch (error) {
      this.state = { viewer: null, expired: false, problem: messages(this.lang).providerUnavailable(String((error as Error).message ?? error)) };
      this.emit();
    }
  }

  private async finishProviderSignIn(callback: URL): Promise<void> {
    const provider = this.provider as ProviderConfig;
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") as { codeVerifier: string; state: string; lang: string } | null;
    sessionStorage.removeItem(PENDING_KEY);
    // The code and state must not stay in the address bar, the history or a shared link.
    const clean = new URL(callback);
    for (const name of ["code", "state", "iss", "session_state", "error", "error_description"]) clean.searchParams.delete(name);
    history.replaceState(null, "", clean.href);
    const text = messages(this.lang);
    if (pending === null) {
      this.state = { viewer: null, expired: false, problem: text.providerNoPending };
      return this.emit();
    }
    try {
      const as = await this.authorizationServer();
      const client: oauth.Client = { client_id: provider.clientId };
      const parameters = oauth.validateAuthResponse(as, client, callback, pending.state);
      const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), parameters, this.redirectUri(), pending.codeVerifier, {
        [oauth.allowInsecureRequests]: isLoopback(new URL(provider.issuer)),
      });
      const tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
      await this.adopt(tokens.access_token, tokens.expires_in ?? null);
    } catch (error) {
      const reason = error instanceof oauth.AuthorizationResponseError ? `${error.error}: ${error.error_description ?? ""}` : String((error as Error).message ?? error);
      this.state = { viewer: null, expired: false, problem: text.providerFailed(reason.trim()) };
      this.emit();
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.state);
  }
}

/** When a JWT says it expires (ms since the epoch), read without verifying: only to warn in time; the API verifies. */
function expiryOf(token: string): number | null {
  try {
    const payload = JSON.parse(atob((token.split(".")[1] ?? "").replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: unknown };
    return typeof payload.exp === "number" ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
