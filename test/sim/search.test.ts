import { compileSearch, createSimulatedWord, isSimError } from "../../src/sim";
import { docOf } from "./helpers";

async function found(texts: string[], query: string, options?: Word.SearchOptions | Record<string, boolean>): Promise<string[]> {
  const sim = createSimulatedWord(docOf(...texts));
  return sim.host.run(async (context) => {
    const results = context.document.body.search(query, options).load("text");
    await context.sync();
    return results.items.map((r) => r.text);
  });
}

function errorCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isSimError(e) ? e.code : "other";
  }
  return "none";
}

describe("search", () => {
  test("is case-insensitive unless matchCase", async () => {
    expect(await found(["Accept the Deliverable; acceptance follows."], "accept")).toEqual(["Accept", "accept"]);
    expect(await found(["Accept the Deliverable; acceptance follows."], "accept", { matchCase: true })).toEqual(["accept"]);
  });

  test("matchWholeWord, matchPrefix and matchSuffix", async () => {
    const text = ["reasonable unreasonable reasonableness"];
    expect(await found(text, "reasonable", { matchWholeWord: true })).toEqual(["reasonable"]);
    expect(await found(text, "reasonable", { matchPrefix: true })).toEqual(["reasonable", "reasonable"]);
    expect(await found(text, "reasonable", { matchSuffix: true })).toEqual(["reasonable", "reasonable"]);
  });

  test("special characters: ^^ escapes a caret, ^t a tab, ^# a digit, ^? any character", async () => {
    expect(await found(["2^3 is eight"], "2^^3")).toEqual(["2^3"]);
    expect(await found(["a\tb"], "a^tb")).toEqual(["a\tb"]);
    expect(await found(["net 30 days, net 45 days"], "net ^#^# days")).toEqual(["net 30 days", "net 45 days"]);
    expect(await found(["cat cut"], "c^?t")).toEqual(["cat", "cut"]);
  });

  test("^p matches across a paragraph mark", async () => {
    const sim = createSimulatedWord(docOf("end of one", "start of two"));
    await sim.host.run(async (context) => {
      const r = context.document.body.search("one^pstart").getFirst();
      const ps = r.paragraphs.load("text");
      await context.sync();
      expect(ps.items.map((p) => p.text)).toEqual(["end of one", "start of two"]);
    });
  });

  test("regular expression characters are literal", async () => {
    expect(await found(["cost (USD) is $5.00 [net]"], "(USD) is $5.00 [net]")).toEqual(["(USD) is $5.00 [net]"]);
  });

  test("a string over 255 characters, an empty string and a bad special character are refused", () => {
    expect(errorCode(() => compileSearch("x".repeat(256)))).toBe("InvalidArgument");
    expect(errorCode(() => compileSearch("x".repeat(255)))).toBe("none");
    expect(errorCode(() => compileSearch(""))).toBe("InvalidArgument");
    expect(errorCode(() => compileSearch("50%^"))).toBe("InvalidArgument");
    expect(errorCode(() => compileSearch("^z"))).toBe("InvalidArgument");
  });

  test("the 255 limit is thrown by Range.search at call time", async () => {
    const sim = createSimulatedWord(docOf("text"));
    await sim.host.run(async (context) => {
      expect(() => context.document.body.search("a".repeat(300))).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    });
  });

  test("finds text across runs with different formatting", async () => {
    const sim = createSimulatedWord(docOf("the acceptance criteria"));
    await sim.host.run(async (context) => {
      context.document.body.search("accept").getFirst().font.highlightColor = "Yellow";
      await context.sync();
      const r = context.document.body.search("acceptance criteria").load("text");
      await context.sync();
      expect(r.items.map((x) => x.text)).toEqual(["acceptance criteria"]);
    });
    expect(sim.snapshot().paragraphs[0]!.runs.length).toBe(3);
  });

  test("search inside a paragraph only searches that paragraph", async () => {
    const sim = createSimulatedWord(docOf("fee one", "fee two"));
    await sim.host.run(async (context) => {
      const second = context.document.body.paragraphs.getFirst().getNext();
      const r = second.search("fee").load("text");
      const whole = second.getRange("Whole").expandTo(r.getFirst()).load("text");
      await context.sync();
      expect(r.items.length).toBe(1);
      expect(whole.text).toBe("fee two");
    });
  });

  test("ignoreSpace and ignorePunct", async () => {
    expect(await found(["net30"], "net 30", { ignoreSpace: true })).toEqual(["net30"]);
    expect(await found(["e-mail"], "email", { ignorePunct: true })).toEqual(["e-mail"]);
  });
});
