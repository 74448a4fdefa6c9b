import { describe, expect, it } from "vitest";
import type { ContractTerms } from "../../bindings/ContractTerms";
import {
  ADD_CLAUSE_ID,
  ADD_GRADE_ID,
  clauseField,
  contractFields,
  contractInput,
  extraClause,
  gradeField,
  gradeRow,
  missingBoxId,
  termsDraft,
  termsToSend,
} from "./terms";

function terms(over: Partial<ContractTerms> = {}): ContractTerms {
  return {
    groupRep: { name: "សុខ ចន្ទា", idNumber: "", role: "ប្រធានក្រុមផលិត" },
    buyerRep: { name: "", idNumber: "", role: "" },
    facilitatorPdaff: "",
    facilitatorMe: "",
    variety: "",
    totalQuantity: null,
    quantityPerDelivery: null,
    deliveryFrequency: null,
    qualityStandards: "",
    grades: [],
    priceMechanism: null,
    currency: null,
    price: null,
    marketReference: "",
    deliverySchedule: "",
    deliveryPlace: "",
    packaging: "",
    transport: null,
    paymentMethod: null,
    paymentDays: null,
    buyerSupport: "",
    repaymentTerms: "",
    startsOn: "",
    endsOn: "",
    clauses: [{ clause: "disputes", titleKm: "វិវាទ", titleEn: "Disputes", textKm: "ចរចា", textEn: "Talk" }],
    witnessCommune: "",
    witnessOfficial: "",
    copies: 4,
    copyHolders: "",
    ...over,
  };
}

describe("the terms form", () => {
  it("sends back what it was given, unchanged", () => {
    const t = terms({
      currency: "USD",
      price: 125,
      priceMechanism: "per_grade",
      grades: [{ grade: "A", description: "big", price: 150 }],
      totalQuantity: 5000,
      paymentDays: 7,
    });
    expect(termsToSend(termsDraft(t)).terms).toEqual(t);
  });

  it("shows dollars with cents and sends cents", () => {
    const d = termsDraft(terms({ currency: "USD", price: 125 }));
    expect(d.price).toBe(1.25);
    d.price = 2.1;
    d.grades.push(gradeRow("B", "", 0.95));
    const sent = termsToSend(d).terms;
    expect(sent.price).toBe(210);
    expect(sent.grades).toEqual([{ grade: "B", description: "", price: 95 }]);
  });

  it("sends empty boxes as null, and whole numbers of days and copies", () => {
    const d = termsDraft(terms());
    d.totalQuantity = Number.NaN;
    d.quantityPerDelivery = undefined as unknown as null;
    d.paymentDays = 2.6;
    d.copies = null;
    const sent = termsToSend(d).terms;
    expect(sent.totalQuantity).toBeNull();
    expect(sent.quantityPerDelivery).toBeNull();
    expect(sent.paymentDays).toBe(3);
    expect(sent.copies).toBeNull();
    expect(sent.price).toBeNull();
  });

  it("leaves out the blank grade and clause rows the officer added, and remembers which rows went", () => {
    const d = termsDraft(terms());
    const blankGrade = gradeRow();
    const grade = gradeRow("A", "", null);
    const blankClause = extraClause();
    d.grades.push(blankGrade, grade);
    d.clauses.push(blankClause);
    const { terms: sent, sent: keys } = termsToSend(d);
    expect(sent.grades).toEqual([{ grade: "A", description: "", price: null }]);
    expect(sent.clauses.map((c) => c.clause)).toEqual(["disputes"]);
    expect(keys.grades).toEqual([grade.key]);
    expect(gradeField(keys, grade.key, "price")).toBe("terms.grades.0.price");
    expect(gradeField(keys, blankGrade.key, "price")).toMatch(/^terms\.grades\.new-/);
    expect(clauseField(keys, d.clauses[0].key, "textKm")).toBe("terms.clauses.0.textKm");
    expect(contractFields(keys)).toEqual(
      expect.arrayContaining(["amendmentReason", "terms.groupRep.idNumber", "terms.grades.0.grade", "terms.clauses.0.titleKm"]),
    );
  });

  it("builds the contract's input with its parties and the amendment's reason", () => {
    const { input } = contractInput("c1", { groupIds: ["g1", "g2"], buyerId: "b1", productId: "p1" }, termsDraft(terms()), "price rose");
    expect(input).toMatchObject({ id: "c1", groupIds: ["g1", "g2"], buyerId: "b1", productId: "p1", amendmentReason: "price rose" });
    expect(input.terms.groupRep.name).toBe("សុខ ចន្ទា");
  });

  it("finds the box a missing item names", () => {
    const d = termsDraft(terms());
    expect(missingBoxId("groupRep.idNumber", d)).toBe("terms-groupRep.idNumber");
    expect(missingBoxId("clauses.disputes", d)).toBe(`clause-${d.clauses[0].key}-text-km`);
    expect(missingBoxId("clauses.breach", d)).toBe(ADD_CLAUSE_ID);
    expect(missingBoxId("grades", d)).toBe(ADD_GRADE_ID);
    d.grades.push(gradeRow("A", "", 100), gradeRow("B", "", null));
    expect(missingBoxId("grades", d)).toBe(`grade-${d.grades[1].key}-price`);
  });
});
