/** The SDL in `schema/`: the one declaration of the graph model and of the API's own questions. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.js";

export const SCHEMA_DIR = path.join(projectRoot, "schema");

export function readTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
}
