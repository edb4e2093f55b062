import fc from "fast-check";
import { byStart, inOrder } from "../../../src/engine/text";

describe("inOrder", () => {
  it("holds exactly when a stable sort would leave the list as it is", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: fc.integer({ min: 0, max: 9 }), id: fc.nat() }), { maxLength: 8 }), (list) => {
        const sorted = [...list].sort(byStart);
        expect(inOrder(list, byStart)).toBe(sorted.every((x, i) => x === list[i]));
      }),
    );
  });
});
