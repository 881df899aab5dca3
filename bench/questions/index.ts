/**
 * The questions the benchmark asks, one module each, in the order they are measured and reported.
 * Each is asked three ways:
 *   graphql  its fixture in bench/queries/, POSTed to the API;
 *   raw      the floor: the resolver's own Cypher (imported from src/graphql/questions/, never
 *            copied) through neo4j-driver, read under the column names it returns, plus a second
 *            statement for the entity fields the fixture selects that the Cypher does not return
 *            (partnersOnTheme's source titles), so it returns the same data as the GraphQL response;
 *   peer     the same question with only what @neo4j/graphql generates, where it can be asked.
 * Each question also draws its argument sets from the synthetic graph, and checks the answers:
 * graphql and raw must be equal; the peer must give the same set where it asks the same question.
 * The write question (`link`, questions/link.ts) is of another kind: a write, timed against a read
 * of the same entities (measure-writes.ts); --questions names it like the others.
 */
import type { BenchQuestion } from "./bench-question.js";
import { connection } from "./connection.js";
import { entity } from "./entity.js";
import { facets } from "./facets.js";
import { gaps } from "./gaps.js";
import { neighbourhood } from "./neighbourhood.js";
import { partnersOnTheme } from "./partners-on-theme.js";
import { practicesConnection } from "./practices-connection.js";
import { search } from "./search.js";
import { themeCoverage } from "./theme-coverage.js";

export { compare, type BenchQuestion, type Variables } from "./bench-question.js";

export const WRITE_QUESTION = "link";

export const QUESTIONS = [partnersOnTheme, search, connection, neighbourhood, themeCoverage, facets, gaps, practicesConnection, entity] as BenchQuestion[];
