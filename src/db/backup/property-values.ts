/**
 * Neo4j property values as JSON, without losing their Cypher type: a restored graph must answer
 * `valueType(x)` as the original did. JSON has one kind of number, so integers travel tagged
 * (`{"$int": "42"}`, as a string: they are 64-bit) and every plain JSON number is a Float, which
 * is also what the driver sends a JavaScript number as. Strings, booleans and lists need no tag;
 * every other type (byte arrays, temporals, durations, points, non-finite floats) is one object
 * with a single `$`-key. Properties are never maps, so an object is always a tag.
 *
 * Reading needs a driver that keeps integers as `neo4j.Integer` (createDriver's `losslessIntegers`):
 * with plain numbers, 2 and 2.0 would be the same value.
 */
import neo4j, { Date as CypherDate, DateTime, Duration, Integer, LocalDateTime, LocalTime, Point, Time } from "neo4j-driver";

export type EncodedValue =
  | string
  | boolean
  | number
  | EncodedValue[]
  | { $int: string }
  | { $float: "NaN" | "Infinity" | "-Infinity" | "-0" }
  | { $bytes: string }
  | { $date: DateFields }
  | { $localTime: TimeFields }
  | { $time: TimeFields & { offsetSeconds: number } }
  | { $localDateTime: DateFields & TimeFields }
  | { $dateTime: DateFields & TimeFields & { offsetSeconds?: number; zoneId?: string } }
  | { $duration: { months: string; days: string; seconds: string; nanoseconds: string } }
  | { $point: { srid: number; x: number; y: number; z?: number } };

interface DateFields {
  year: number;
  month: number;
  day: number;
}
interface TimeFields {
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
}

export type EncodedProperties = Record<string, EncodedValue>;

export class PropertyValueError extends Error {
  override name = "PropertyValueError";
}

/** A field of a temporal value: small enough for a JSON number by its nature (nanoseconds < 10^9, offsets < 1 day). */
const small = (value: number | Integer): number => (neo4j.isInt(value) ? value.toNumber() : value);
/** A duration's fields can be any 64-bit integer. */
const big = (value: number | Integer): string => String(value);

const dateFields = (v: { year: number | Integer; month: number | Integer; day: number | Integer }): DateFields => ({
  year: small(v.year),
  month: small(v.month),
  day: small(v.day),
});
const timeFields = (v: { hour: number | Integer; minute: number | Integer; second: number | Integer; nanosecond: number | Integer }): TimeFields => ({
  hour: small(v.hour),
  minute: small(v.minute),
  second: small(v.second),
  nanosecond: small(v.nanosecond),
});

/** One property value as read by a lossless driver, as JSON. `where` names it in errors. */
export function encodeValue(value: unknown, where: string): EncodedValue {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { $float: "NaN" };
    if (value === Infinity) return { $float: "Infinity" };
    if (value === -Infinity) return { $float: "-Infinity" };
    if (Object.is(value, -0)) return { $float: "-0" };
    return value;
  }
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (typeof value === "bigint") return { $int: value.toString() };
  if (Array.isArray(value)) return value.map((item, i) => encodeValue(item, `${where}[${i}]`));
  if (value instanceof Int8Array || value instanceof Uint8Array) return { $bytes: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  if (neo4j.isDateTime(value as object)) {
    const v = value as DateTime<number | Integer>;
    const zone = {
      ...(v.timeZoneOffsetSeconds === undefined ? {} : { offsetSeconds: small(v.timeZoneOffsetSeconds) }),
      ...(v.timeZoneId === undefined ? {} : { zoneId: v.timeZoneId }),
    };
    return { $dateTime: { ...dateFields(v), ...timeFields(v), ...zone } };
  }
  if (neo4j.isLocalDateTime(value as object)) {
    const v = value as LocalDateTime<number | Integer>;
    return { $localDateTime: { ...dateFields(v), ...timeFields(v) } };
  }
  if (neo4j.isDate(value as object)) return { $date: dateFields(value as CypherDate<number | Integer>) };
  if (neo4j.isTime(value as object)) {
    const v = value as Time<number | Integer>;
    return { $time: { ...timeFields(v), offsetSeconds: small(v.timeZoneOffsetSeconds) } };
  }
  if (neo4j.isLocalTime(value as object)) return { $localTime: timeFields(value as LocalTime<number | Integer>) };
  if (neo4j.isDuration(value as object)) {
    const v = value as Duration<number | Integer>;
    return { $duration: { months: big(v.months), days: big(v.days), seconds: big(v.seconds), nanoseconds: big(v.nanoseconds) } };
  }
  if (neo4j.isPoint(value as object)) {
    const v = value as Point<number | Integer>;
    return { $point: { srid: small(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) } };
  }
  throw new PropertyValueError(`${where}: cannot write a value of this type (${Object.prototype.toString.call(value)}) to a backup`);
}

export function encodeProperties(properties: Record<string, unknown>, where: string): EncodedProperties {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, encodeValue(value, `${where}.${key}`)]));
}

const FLOATS = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0 } as const;

/** The driver value that stores as the same Cypher type again. */
export function decodeValue(value: EncodedValue, where: string): unknown {
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "number") return value;
  if (Array.isArray(value)) return value.map((item, i) => decodeValue(item, `${where}[${i}]`));
  if (typeof value !== "object" || value === null) throw new PropertyValueError(`${where}: ${JSON.stringify(value)} is not a property value`);
  if ("$int" in value) return neo4j.int(value.$int);
  if ("$float" in value && value.$float in FLOATS) return FLOATS[value.$float];
  if ("$bytes" in value) return new Int8Array(Buffer.from(value.$bytes, "base64"));
  if ("$date" in value) return new neo4j.types.Date(value.$date.year, value.$date.month, value.$date.day);
  if ("$localTime" in value) {
    const t = value.$localTime;
    return new neo4j.types.LocalTime(t.hour, t.minute, t.second, t.nanosecond);
  }
  if ("$time" in value) {
    const t = value.$time;
    return new neo4j.types.Time(t.hour, t.minute, t.second, t.nanosecond, t.offsetSeconds);
  }
  if ("$localDateTime" in value) {
    const t = value.$localDateTime;
    return new neo4j.types.LocalDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanosecond);
  }
  if ("$dateTime" in value) {
    const t = value.$dateTime;
    return new neo4j.types.DateTime(t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanosecond, t.offsetSeconds, t.zoneId);
  }
  if ("$duration" in value) {
    const d = value.$duration;
    return new neo4j.types.Duration(neo4j.int(d.months), neo4j.int(d.days), neo4j.int(d.seconds), neo4j.int(d.nanoseconds));
  }
  if ("$point" in value) {
    const p = value.$point;
    return new neo4j.types.Point(p.srid, p.x, p.y, p.z);
  }
  throw new PropertyValueError(`${where}: ${JSON.stringify(value)} is not a property value this backup format knows`);
}

export function decodeProperties(properties: EncodedProperties, where: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, decodeValue(value, `${where}.${key}`)]));
}
