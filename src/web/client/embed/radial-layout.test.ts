import { describe, expect, it } from "vitest";
import type { EntityRef } from "../shared/answers.js";
import { radialLayout } from "./radial-layout.js";

describe("Embedded graph: radial layout", () => {
  const nodes: EntityRef[] = [
    { id: "jes", name: "JES", type: "ORGANISATION" },
    { id: "samen", name: "SAMEN", type: "NETWORK" },
    { id: "cardea", name: "Cardea", type: "ORGANISATION" },
    { id: "normaliseren", name: "Normaliseren", type: "THEME" },
  ];

  it("puts the chosen node in the middle and the others on a ring, grouped by type then name", () => {
    const placed = radialLayout("samen", nodes, 560, 340);
    expect(placed.map((node) => node.id)).toEqual(["samen", "cardea", "jes", "normaliseren"]);
    expect(placed[0]).toMatchObject({ x: 280, y: 170, labelSide: "middle" });
    const ring = placed.slice(1);
    for (const node of ring) {
      // On the ellipse with radii (560/2 - 150, 340/2 - 30) around the centre.
      expect(((node.x - 280) / 130) ** 2 + ((node.y - 170) / 140) ** 2).toBeCloseTo(1);
    }
    expect(new Set(ring.map((node) => `${node.x.toFixed(1)},${node.y.toFixed(1)}`)).size).toBe(ring.length);
  });

  it("labels nodes away from the centre", () => {
    const ring = radialLayout("samen", nodes, 560, 340).slice(1);
    // Three on the ring: the first at the top, then one right and one left of the centre.
    expect(ring.map((node) => [node.id, node.labelSide])).toEqual([
      ["cardea", "middle"],
      ["jes", "start"],
      ["normaliseren", "end"],
    ]);
    const side = (x: number) => (Math.abs(x - 280) < 1 ? "middle" : x > 280 ? "start" : "end");
    for (const node of ring) expect(node.labelSide, node.id).toBe(side(node.x));
  });
});
