import { TextMemo } from "../../../src/engine/extract/memo";

test("memo: computes once per kind and text, undefined and null results included", () => {
  const memo = new TextMemo();
  let calls = 0;
  const count = <T>(value: T) => (): T => {
    calls++;
    return value;
  };
  expect(memo.get("a", "x", count(undefined))).toBeUndefined();
  expect(memo.get("a", "x", count(1))).toBeUndefined();
  expect(memo.get("a", "y", count(null))).toBeNull();
  expect(memo.get("a", "y", count(2))).toBeNull();
  expect(memo.get("b", "x", count(3))).toBe(3);
  expect(calls).toBe(3);
});

test("memo: a computation may ask the memo for other kinds and other texts", () => {
  const memo = new TextMemo();
  const outer = memo.get("outer", "x", (t) => `${memo.get("inner", t, () => 1)}-${memo.get("inner", "y", () => 2)}`);
  expect(outer).toBe("1-2");
  expect(memo.get("outer", "x", () => "again")).toBe("1-2");
  expect(memo.get("inner", "y", () => 3)).toBe(2);
  expect(memo.get("inner", "x", () => 3)).toBe(1);
  // Equal texts built apart share their entries.
  expect(memo.get("outer", ["x"].join(""), () => "again")).toBe("1-2");
});
