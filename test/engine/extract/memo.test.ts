import { MEMO, NO_MEMO, TextMemo } from "../../../src/engine/extract/memo";

const counter = () => {
  const state = { calls: 0 };
  const count =
    <T>(value: T) =>
    (): T => {
      state.calls++;
      return value;
    };
  return { state, count };
};

test("memo: computes once per kind and text, undefined and null results included", () => {
  const memo = new TextMemo();
  const { state, count } = counter();
  expect(memo.get(MEMO.periods, "x", count(undefined))).toBeUndefined();
  expect(memo.get(MEMO.periods, "x", count(1))).toBeUndefined();
  expect(memo.get(MEMO.periods, "y", count(null))).toBeNull();
  expect(memo.get(MEMO.periods, "y", count(2))).toBeNull();
  expect(memo.get(MEMO.net, "x", count(3))).toBe(3);
  expect(state.calls).toBe(3);
});

test("memo: every fixed kind has a slot of its own", () => {
  const memo = new TextMemo();
  const kinds = Object.values(MEMO);
  // Slots are 0..n-1: the entry holds the keyed map right after them.
  expect([...kinds].sort((a, b) => a - b)).toEqual(kinds.map((_, i) => i));
  kinds.forEach((k) => memo.get(k, "x", () => `v${k}`));
  kinds.forEach((k) => expect(memo.get(k, "x", () => "again")).toBe(`v${k}`));
});

test("memo: keyed kinds are remembered by key, apart from the fixed ones", () => {
  const memo = new TextMemo();
  const { state, count } = counter();
  expect(memo.keyed("gate|A", "x", count(true))).toBe(true);
  expect(memo.keyed("gate|A", "x", count(false))).toBe(true);
  expect(memo.keyed("gate|B", "x", count(false))).toBe(false);
  expect(memo.keyed("gate|A", "y", count(undefined))).toBeUndefined();
  expect(memo.keyed("gate|A", "y", count(1))).toBeUndefined();
  expect(memo.get(MEMO.facts, "x", count("facts"))).toBe("facts");
  expect(state.calls).toBe(4);
});

test("memo: a computation may ask the memo for other kinds and other texts", () => {
  const memo = new TextMemo();
  const outer = memo.get(MEMO.facts, "x", (t) => `${memo.get(MEMO.periods, t, () => 1)}-${memo.get(MEMO.periods, "y", () => 2)}`);
  expect(outer).toBe("1-2");
  expect(memo.get(MEMO.facts, "x", () => "again")).toBe("1-2");
  expect(memo.get(MEMO.periods, "y", () => 3)).toBe(2);
  expect(memo.get(MEMO.periods, "x", () => 3)).toBe(1);
  // Equal texts built apart share their entries.
  expect(memo.get(MEMO.facts, ["x"].join(""), () => "again")).toBe("1-2");
  // A keyed computation that reads fixed kinds of another text keeps both entries apart.
  expect(memo.keyed("k", "z", () => memo.get(MEMO.net, "x", () => 7))).toBe(7);
  expect(memo.get(MEMO.net, "z", () => 8)).toBe(8);
});

test("memo: the memo that remembers nothing computes every time", () => {
  const { state, count } = counter();
  NO_MEMO.get(MEMO.facts, "x", count(1));
  NO_MEMO.get(MEMO.facts, "x", count(1));
  NO_MEMO.keyed("k", "x", count(1));
  expect(state.calls).toBe(3);
});
