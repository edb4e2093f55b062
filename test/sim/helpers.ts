// Small DocModel builders for the simulator tests.
import type { DocModel } from "../../src/engine/model";

export function docOf(...texts: string[]): DocModel {
  return {
    paragraphs: texts.map((text, index) => ({ index, text, style: "Normal" })),
    tables: [],
    revisions: [],
    comments: [],
  };
}
