import { describe, expect, it } from "vitest";
import { GRAPH_MODEL } from "../../../model/__generated__/graph-model.js";
import { failureText, formatNumber, formatPublished, langFrom, langOfSearch, messages, relationName, themeName, typeName, withLang } from "./i18n.js";
import { MESSAGES } from "./messages.js";
import { ENTITY_TYPES } from "./node-types.js";

describe("Pages: language", () => {
  it("is Dutch unless English is asked for", () => {
    expect([undefined, null, "", "nl", "NL", "de", "fr-BE"].map(langFrom)).toEqual(["nl", "nl", "nl", "nl", "nl", "nl", "nl"]);
    expect(["en", "EN", "en-GB", " en "].map(langFrom)).toEqual(["en", "en", "en", "en"]);
    expect(langOfSearch("?focus=samen&lang=en")).toBe("en");
    expect(langOfSearch("?focus=samen")).toBe("nl");
  });

  it("keeps English in the URL and leaves Dutch out, relative links staying relative", () => {
    expect(withLang("/explore?focus=samen", "en")).toBe("/explore?focus=samen&lang=en");
    expect(withLang("/explore?focus=samen&lang=en", "nl")).toBe("/explore?focus=samen");
    expect(withLang("https://kg.example.org/explore?lang=en#x", "nl")).toBe("https://kg.example.org/explore#x");
  });

  it("has every text in both languages, of the same kind", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nl).sort());
    for (const key of Object.keys(MESSAGES.nl) as (keyof typeof MESSAGES.nl)[]) {
      expect(typeof MESSAGES.en[key], key).toBe(typeof MESSAGES.nl[key]);
    }
    expect(messages("nl").steps(1)).toBe("1 stap");
    expect(messages("en").steps(3)).toBe("3 steps");
  });

  it("writes publication dates and numbers as each language does", () => {
    expect(formatPublished("2021-03-05", "nl")).toBe("5 maart 2021");
    expect(formatPublished("2021-03-05", "en")).toBe("5 March 2021");
    expect(formatPublished("2021-03", "nl")).toBe("maart 2021");
    expect(formatPublished("2021", "en")).toBe("2021");
    expect(formatPublished("spring 2021", "nl")).toBe("spring 2021");
    expect(formatNumber(12345.5, "nl")).toBe("12.345,5");
    expect(formatNumber(12345.5, "en")).toBe("12,345.5");
  });

  it("names every node type and every relationship type of the model in Dutch", () => {
    for (const type of ENTITY_TYPES) expect(typeName(type, "nl")).not.toBe(typeName(type, "en"));
    for (const { type } of GRAPH_MODEL.relationshipTypes) {
      expect(relationName(type, null, "nl"), type).not.toBe(relationName(type, null, "en"));
    }
    expect(relationName("DERIVED_FROM", null, "en")).toBe("derived from");
    expect(relationName("MEMBER_OF", "partner", "nl")).toBe("lid van (partner)");
  });

  it("takes a theme's English name only in English", () => {
    expect(themeName({ name: "Normaliseren", nameEn: "Normalising" }, "nl")).toBe("Normaliseren");
    expect(themeName({ name: "Normaliseren", nameEn: "Normalising" }, "en")).toBe("Normalising");
    expect(themeName({ name: "SAMEN" }, "en")).toBe("SAMEN");
  });

  it("turns the API's failures into visitor text, never the API's message", () => {
    expect(failureText({ kind: "unreachable" }, "nl")).toBe(MESSAGES.nl.errorUnavailable);
    expect(failureText({ kind: "graphql", code: "NOT_FOUND" }, "en")).toBe(MESSAGES.en.errorNotFound);
    expect(failureText({ kind: "graphql", code: "BAD_USER_INPUT" }, "nl")).toBe(MESSAGES.nl.errorBadInput);
    expect(failureText({ kind: "graphql", code: "SOMETHING_NEW" }, "nl")).toBe(MESSAGES.nl.errorOther);
  });
});
