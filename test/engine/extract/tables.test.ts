import { columnRole, readScheduleTables } from "../../../src/engine/extract/tables";
import { buildDoc } from "../support/build";

test("column roles from header words", () => {
  expect(columnRole("Payment (%)")).toBe("percent");
  expect(columnRole("Milestone")).toBe("milestone");
  expect(columnRole("Deliverable")).toBe("deliverable");
  expect(columnRole("Acceptance Criteria")).toBe("acceptance");
  expect(columnRole("Due Date")).toBe("due");
  expect(columnRole("Amount (USD)")).toBe("amount");
  expect(columnRole("Payment Event")).toBe("trigger");
  expect(columnRole("Notes")).toBe("other");
  expect(columnRole("Valor (R$)")).toBe("amount");
  expect(columnRole("Marco")).toBe("milestone");
});

test("a schedule table is read with its total row; other tables are not schedules", () => {
  const doc = buildDoc([
    { table: [["Name", "Role"], ["Ann", "Lead"]] },
    { table: [["Milestone", "Amount (USD)"], ["M1", "10,000"], ["Total", "10,000"]] },
  ]);
  const tables = readScheduleTables(doc);
  expect(tables).toHaveLength(1);
  expect(tables[0]).toMatchObject({ table: 1, columns: ["milestone", "amount"], currency: "USD" });
  expect(tables[0]!.rows.map((r) => r.isTotal)).toEqual([false, true]);
});
