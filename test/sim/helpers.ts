// Small DocModel builders and assertions for the simulator tests.
import type { DocModel } from "../../src/engine/model";
import { isSimError } from "../../src/sim";

export function docOf(...texts: string[]): DocModel {
  return {
    paragraphs: texts.map((text, index) => ({ index, text, style: "Normal" })),
    tables: [],
    revisions: [],
    comments: [],
  };
}

/** The Office error code a promise rejects with ("no error" when it resolves). */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return isSimError(e) ? e.code : `other: ${String(e)}`;
  }
  return "no error";
}
