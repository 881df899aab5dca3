import { describe, expect, it } from "vitest";
import { ConfigError, LOCAL_DEV_PASSWORD, loadConfig } from "./config.js";

describe("Config: loadConfig", () => {
  it("falls back to the local database and documented defaults", () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: "bolt://127.0.0.1:7687",
      external: false,
      user: "neo4j",
      password: LOCAL_DEV_PASSWORD,
      database: "neo4j",
    });
    expect(config.server).toEqual({ host: "127.0.0.1", port: 4000 });
  });

  it("uses a configured server as it is", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://db.example.org:7687", NEO4J_PASSWORD: "s3cret-pass", PORT: "8080" });
    expect(config.neo4j.external).toBe(true);
    expect(config.neo4j.uri).toBe("neo4j+s://db.example.org:7687");
    expect(config.server.port).toBe(8080);
  });

  it("names the variable, the value and what is allowed", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT="eighty": must be a whole number between 1 and 65535/);
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "password1" })).toThrow(
      /NEO4J_URI="http:\/\/localhost:7474": must be a Bolt URI/,
    );
  });

  it("sizes the caches from RESPONSE_CACHE_MB and DOCUMENT_CACHE_MB, with defaults that fit the memory goal", () => {
    expect(loadConfig({}).cacheSizes).toEqual({ responseMb: 16, documentsMb: 4 });
    expect(loadConfig({ RESPONSE_CACHE_MB: "64", DOCUMENT_CACHE_MB: "1" }).cacheSizes).toEqual({ responseMb: 64, documentsMb: 1 });
    expect(() => loadConfig({ RESPONSE_CACHE_MB: "0" })).toThrow(/RESPONSE_CACHE_MB="0": must be a whole number from 1 to 100000/);
    expect(() => loadConfig({ DOCUMENT_CACHE_MB: "half" })).toThrow(/DOCUMENT_CACHE_MB="half": must be a whole number from 1 to 10000/);
  });

  it("requires a password with a configured server", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://localhost:7687" })).toThrow(/NEO4J_PASSWORD is required/);
  });
});

describe("Config: signing in (OIDC_*, JWT_SECRET)", () => {
  const secret = "a-secret-of-at-least-32-characters!!";

  it("trusts the issuers of OIDC_ISSUER, separated by commas or spaces, with the audience, claim and role map", () => {
    const { oidc } = loadConfig({
      OIDC_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0, https://connect.surfconext.nl",
      OIDC_AUDIENCE: "api://kg https://kg.example.org",
      OIDC_ROLES_CLAIM: "groups",
      OIDC_ROLE_MAP: "editor=3f2a-guid|kg-editors,privacy=kg-privacy|kg-editors",
      OIDC_CLIENT_ID: "kg-edit",
    }).auth;
    expect(oidc).toEqual({
      issuers: ["https://login.microsoftonline.com/tenant-id/v2.0", "https://connect.surfconext.nl"],
      audiences: ["api://kg", "https://kg.example.org"],
      rolesClaim: "groups",
      roleMap: new Map([
        ["3f2a-guid", ["editor"]],
        ["kg-editors", ["editor", "privacy"]],
        ["kg-privacy", ["privacy"]],
      ]),
      signIn: { clientId: "kg-edit", scopes: ["openid", "profile"] },
    });
  });

  it("defaults to the roles claim, whose values editor and privacy grant themselves, and no sign-in page without OIDC_CLIENT_ID", () => {
    const { oidc } = loadConfig({ OIDC_ISSUER: "https://idp.example.org/", OIDC_AUDIENCE: "kg" }).auth;
    expect(oidc?.rolesClaim).toBe("roles");
    expect([...(oidc?.roleMap ?? [])]).toEqual([["editor", ["editor"]], ["privacy", ["privacy"]]]);
    expect(oidc?.signIn).toBeUndefined();
    expect(oidc?.issuers).toEqual(["https://idp.example.org/"]);
  });

  it("allows http issuers only on this machine", () => {
    expect(loadConfig({ OIDC_ISSUER: "http://127.0.0.1:9000", OIDC_AUDIENCE: "kg" }).auth.oidc?.issuers).toEqual(["http://127.0.0.1:9000"]);
    expect(() => loadConfig({ OIDC_ISSUER: "http://idp.example.org", OIDC_AUDIENCE: "kg" })).toThrow(/OIDC_ISSUER="http:\/\/idp.example.org": must be issuer URLs \(https; http only for 127.0.0.1/);
    expect(() => loadConfig({ OIDC_ISSUER: "https://idp.example.org?x=1", OIDC_AUDIENCE: "kg" })).toThrow(/OIDC_ISSUER=.*must be issuer URLs/);
  });

  it("needs OIDC_AUDIENCE with OIDC_ISSUER, and OIDC_ISSUER with the other OIDC settings", () => {
    expect(() => loadConfig({ OIDC_ISSUER: "https://idp.example.org" })).toThrow(/OIDC_AUDIENCE is required when OIDC_ISSUER is set/);
    expect(() => loadConfig({ OIDC_AUDIENCE: "kg", OIDC_CLIENT_ID: "kg-edit" })).toThrow(/OIDC_AUDIENCE, OIDC_CLIENT_ID are set without OIDC_ISSUER/);
  });

  it.each([
    ["editor", /OIDC_ROLE_MAP="editor": the role "editor" needs one or more group names or ids after "="/],
    ["editor=", /the role "editor" needs one or more group names/],
    ["editor=a|", /the role "editor" needs one or more group names/],
    ["admin=kg-admins", /OIDC_ROLE_MAP="admin=kg-admins": "admin" is not a role: use editor or privacy/],
    ["editor=a,editor=b", /names the role "editor" twice/],
    ["editor=kg editors", /no spaces or commas/],
  ])("refuses the role map %j, saying what is wrong", (map, message) => {
    expect(() => loadConfig({ OIDC_ISSUER: "https://idp.example.org", OIDC_AUDIENCE: "kg", OIDC_ROLE_MAP: map })).toThrow(message);
  });

  it("refuses JWKS_URL, naming what replaces it", () => {
    expect(() => loadConfig({ JWKS_URL: "https://idp.example.org/keys" })).toThrow(/JWKS_URL is no longer read.*Set OIDC_ISSUER/);
  });

  it("refuses JWT_SECRET in production unless ALLOW_SHARED_SECRET_TOKENS=true, and accepts it elsewhere", () => {
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: secret })).toThrow(/JWT_SECRET is set and NODE_ENV=production.*ALLOW_SHARED_SECRET_TOKENS=true/);
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: secret, ALLOW_SHARED_SECRET_TOKENS: "true" }).auth.jwtSecret).toBe(secret);
    expect(loadConfig({ NODE_ENV: "development", JWT_SECRET: secret }).auth.jwtSecret).toBe(secret);
    expect(loadConfig({ NODE_ENV: "production", OIDC_ISSUER: "https://idp.example.org", OIDC_AUDIENCE: "kg" }).auth.jwtSecret).toBeUndefined();
    expect(() => loadConfig({ ALLOW_SHARED_SECRET_TOKENS: "yes" })).toThrow(/ALLOW_SHARED_SECRET_TOKENS="yes": must be true or false/);
  });
});
