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
