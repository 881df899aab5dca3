import { describe, expect, it } from "vitest";
import { IDENTITY_ROLE_MAP, parseRoleMap, rolesOfClaim } from "./role-map.js";

describe("Auth: the role map", () => {
  const map = parseRoleMap("editor=kg-editors|0b8f-guid,privacy=kg-privacy");
  if (typeof map === "string") throw new Error(map);

  it("grants the roles whose groups a claim names, and none for other groups", () => {
    expect(rolesOfClaim(["staff", "kg-editors"], map, "groups")).toEqual(["editor"]);
    expect(rolesOfClaim(["0b8f-guid", "kg-privacy", "kg-editors"], map, "groups")).toEqual(["editor", "privacy"]);
    expect(rolesOfClaim(["staff"], map, "groups")).toEqual([]);
    expect(rolesOfClaim(undefined, map, "groups")).toEqual([]);
  });

  it("compares values exactly, case included; a single string counts as a list of one", () => {
    expect(rolesOfClaim(["KG-EDITORS", "kg-editors "], map, "groups")).toEqual([]);
    expect(rolesOfClaim("kg-editors", map, "groups")).toEqual(["editor"]);
  });

  it("refuses a claim of another shape, naming the claim", () => {
    expect(rolesOfClaim({ editor: true }, map, "groups")).toMatch(/its "groups" claim \(setting OIDC_ROLES_CLAIM\) must be a list of strings/);
    expect(rolesOfClaim(["kg-editors", 1], map, "groups")).toMatch(/must be a list of strings/);
  });

  it("without OIDC_ROLE_MAP, lets editor and privacy stand for themselves", () => {
    expect(rolesOfClaim(["editor", "viewer"], IDENTITY_ROLE_MAP, "roles")).toEqual(["editor"]);
  });
});
