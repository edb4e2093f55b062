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
  memo.clear("a");
  expect(memo.get("a", "x", count(4))).toBe(4);
});
