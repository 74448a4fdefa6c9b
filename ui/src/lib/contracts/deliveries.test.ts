import { describe, expect, it } from "vitest";
import type { ContractTerms } from "../../bindings/ContractTerms";
import type { Delivery } from "../../bindings/Delivery";
import { deliveryDraft, deliveryFields, deliveryInput, lineField, linePrice, newDelivery, newLine } from "./deliveries";

const base = {
  groupRep: { name: "", idNumber: "", role: "" },
  buyerRep: { name: "", idNumber: "", role: "" },
  facilitatorPdaff: "",
  facilitatorMe: "",
  variety: "",
  totalQuantity: 1000,
  quantityPerDelivery: 100,
  deliveryFrequency: "weekly",
  qualityStandards: "",
  priceMechanism: "fixed",
  marketReference: "",
  deliverySchedule: "",
  deliveryPlace: "",
  packaging: "",
  transport: null,
  paymentMethod: null,
  paymentDays: 7,
  buyerSupport: "",
  repaymentTerms: "",
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  clauses: [],
  witnessCommune: "",
  witnessOfficial: "",
  copies: 4,
  copyHolders: "",
} satisfies Partial<ContractTerms>;

const riel: ContractTerms = { ...base, grades: [], currency: "KHR", price: 2500 };
const graded: ContractTerms = {
  ...base,
  priceMechanism: "per_grade",
  currency: "USD",
  price: 100,
  grades: [
    { grade: "A", description: "", price: 150 },
    { grade: "B", description: "", price: null },
  ],
};

describe("the delivery form", () => {
  it("starts with one line priced at the contract's price", () => {
    const d = newDelivery(riel, "2026-03-02");
    expect(d.deliveredOn).toBe("2026-03-02");
    expect(d.lines).toHaveLength(1);
    expect(d.lines[0]).toMatchObject({ grade: "", quantity: null, price: 2500 });
  });

  it("prices a line at its grade's price, or the contract's when the grade has none", () => {
    expect(linePrice(graded, "A")).toBe(1.5);
    expect(linePrice(graded, "b")).toBe(1);
    const first = newLine(graded);
    expect(first.grade).toBe("A");
    expect(newLine(graded, [first]).grade).toBe("B");
  });

  it("sends empty boxes as null, money in integer units, and leaves out empty lines", () => {
    const d = newDelivery(graded, "2026-03-02");
    d.lines[0].quantity = 120.5;
    d.lines.push({ ...newLine(graded, d.lines), price: null });
    d.paidAmount = 80.25;
    d.paidOn = "2026-03-05";
    const { input, sent } = deliveryInput(d, "c1", "USD");
    expect(input).toEqual({
      id: null,
      contractId: "c1",
      deliveredOn: "2026-03-02",
      grades: [{ grade: "A", quantity: 120.5, price: 150 }],
      rejectedQuantity: null,
      rejectedReason: "",
      paidAmount: 8025,
      paidOn: "2026-03-05",
      notes: "",
    });
    expect(sent).toEqual([d.lines[0].key]);
    expect(lineField(sent, d.lines[0].key, "quantity")).toBe("grades.0.quantity");
    expect(deliveryFields(sent)).toEqual(expect.arrayContaining(["paidOn", "grades", "grades.0.price"]));
  });

  it("sends a line whose quantity is empty but whose price was typed, so the core asks for the quantity", () => {
    const d = newDelivery(riel, "2026-03-02");
    expect(deliveryInput(d, "c1", "KHR").input.grades).toEqual([{ grade: "", quantity: null, price: 2500 }]);
  });

  it("opens a saved delivery with its money in the units typed", () => {
    const saved: Delivery = {
      id: "d1",
      contractId: "c1",
      deliveredOn: "2026-03-02",
      grades: [{ grade: "A", quantity: 10, price: 150, amount: 1500 }],
      accepted: 10,
      rejectedQuantity: 0,
      rejectedReason: "",
      currency: "USD",
      amount: 1500,
      paidAmount: 0,
      paidOn: null,
      dueOn: "2026-03-09",
      notes: "",
    };
    const d = deliveryDraft(saved);
    expect(d).toMatchObject({ id: "d1", rejectedQuantity: null, paidAmount: null, paidOn: "" });
    expect(d.lines[0]).toMatchObject({ grade: "A", quantity: 10, price: 1.5 });
    expect(deliveryInput(d, "c1", "USD").input.grades).toEqual([{ grade: "A", quantity: 10, price: 150 }]);
  });
});
