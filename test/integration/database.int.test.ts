import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig, testDriver } from "./harness.js";

describe("Database: the real Neo4j the project runs on", () => {
  let driver: Driver;
  const { database } = testConfig().neo4j;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it("is Neo4j 5.x speaking Bolt", async () => {
    const { records } = await driver.executeQuery("CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version", {}, { database });
    expect(records).toHaveLength(1);
    expect(records[0]?.get("name")).toBe("Neo4j Kernel");
    expect(records[0]?.get("version")).toMatch(/^5\.\d+\.\d+/);
    const info = await driver.getServerInfo();
    expect(info.address).toBe(testConfig().neo4j.uri.replace(/^\w+:\/\//, ""));
    expect(Number(info.protocolVersion?.toString().split(".")[0])).toBeGreaterThanOrEqual(5);
  });

  it("has the APOC core procedures @neo4j/graphql calls", async () => {
    const { records } = await driver.executeQuery(
      `RETURN apoc.util.validatePredicate(false, 'never raised', []) AS valid,
              apoc.date.convertFormat('2024-03-01', 'yyyy-MM-dd', 'dd/MM/yyyy') AS converted`,
      {},
      { database },
    );
    expect(records[0]?.toObject()).toEqual({ valid: true, converted: "01/03/2024" });
    await expect(
      driver.executeQuery("RETURN apoc.util.validatePredicate(true, 'raised %s', ['here']) AS valid", {}, { database }),
    ).rejects.toThrow(/raised here/);
  });
});
