import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue, PropertyValueError } from "./property-values.js";

const { Date: CypherDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } = neo4j.types;

describe("Backup: property values as JSON", () => {
  it("tags integers (as strings, all 64 bits) and leaves floats plain, so 2 and 2.0 stay apart", () => {
    const encoded = [encodeValue(neo4j.int(2), "p"), encodeValue(2, "p"), encodeValue(neo4j.int("9223372036854775807"), "p")];
    expect(JSON.parse(JSON.stringify(encoded))).toEqual([{ $int: "2" }, 2, { $int: "9223372036854775807" }]);
    const [int, float, max] = encoded.map((v) => decodeValue(v, "p"));
    expect(neo4j.isInt(int) && int.toString()).toBe("2");
    expect(float).toBe(2);
    expect(neo4j.isInt(max) && max.toString()).toBe("9223372036854775807");
  });

  it("keeps floats JSON cannot write: NaN, the infinities and -0", () => {
    const values = [NaN, Infinity, -Infinity, -0, 0.1 + 0.2];
    const back = values.map((v) => decodeValue(JSON.parse(JSON.stringify(encodeValue(v, "p"))), "p"));
    expect(back).toEqual(values);
    expect(Object.is(back[3], -0)).toBe(true);
  });

  it("keeps strings, booleans, lists of each type, and byte arrays", () => {
    const list = [neo4j.int(1), neo4j.int(-3)];
    expect(encodeValue(["a", "é"], "p")).toEqual(["a", "é"]);
    expect(encodeValue([true, false], "p")).toEqual([true, false]);
    expect(encodeValue(list, "p")).toEqual([{ $int: "1" }, { $int: "-3" }]);
    expect(encodeValue([1.5, 2], "p")).toEqual([1.5, 2]);
    expect(encodeValue(new Int8Array([1, -1, 127]), "p")).toEqual({ $bytes: "Af9/" });
    expect(decodeValue({ $bytes: "Af9/" }, "p")).toEqual(new Int8Array([1, -1, 127]));
  });

  it("keeps every temporal type, durations and points, field by field", () => {
    const values = [
      new CypherDate(2026, 3, 1),
      new LocalTime(12, 30, 5, 123456789),
      new Time(12, 30, 5, 1, 3600),
      new LocalDateTime(2026, 3, 1, 12, 30, 5, 7),
      new DateTime(2026, 3, 1, 12, 30, 5, 7, 3600, undefined),
      new DateTime(2026, 3, 1, 12, 30, 5, 7, 3600, "Europe/Amsterdam"),
      new Duration(neo4j.int(14), neo4j.int(3), neo4j.int(86_400), neo4j.int(5)),
      new Point(4326, 5.1, 52.1, undefined),
      new Point(9157, 1, 2, 3),
    ];
    const back = values.map((v) => decodeValue(JSON.parse(JSON.stringify(encodeValue(v, "p"))), "p"));
    expect(back.map(String)).toEqual(values.map(String));
    expect(back.map((v) => (v as object).constructor.name)).toEqual(values.map((v) => v.constructor.name));
  });

  it("refuses a value no property can hold, naming where it was", () => {
    expect(() => encodeValue({ nested: 1 }, "node 3.meta")).toThrow(new PropertyValueError("node 3.meta: cannot write a value of this type ([object Object]) to a backup"));
    expect(() => decodeValue({ $nope: 1 } as never, "line 7.x")).toThrow(PropertyValueError);
  });
});
