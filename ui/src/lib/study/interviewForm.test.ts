import { describe, expect, it } from "vitest";
import type { Official } from "../../bindings/Official";
import {
  defaultInterviewDate,
  emptyHeader,
  emptyLine,
  interviewInput,
  interviewerOptions,
  isoDate,
  lineInput,
  lineProblems,
  nextVendorHeader,
  parseLineField,
  rowMessages,
  rowsToSend,
  shiftLineFields,
  shownFields,
  type LineDraft,
} from "./interviewForm";

const cucumber = (over: Partial<LineDraft> = {}): LineDraft => ({
  ...emptyLine(),
  productId: "p-cucumber",
  quantity: 15,
  unit: "kg",
  months: [1, 2, 3],
  buyPriceKhr: 2500,
  source: "vietnam",
  ...over,
});

const official = (id: string, archived = false): Official => ({
  id,
  nameKm: id,
  nameLatin: id,
  sex: "female",
  role: "cew",
  commune: null,
  phone: "",
  archived,
});

describe("a product row as the backend takes it", () => {
  it("sends empty number boxes as null, whether Svelte gave null, undefined or NaN", () => {
    const input = lineInput(
      cucumber({ quantity: null, buyPriceKhr: Number.NaN, sellPriceKhr: undefined as unknown as null }),
    );
    expect(input.quantity).toBeNull();
    expect(input.buyPriceKhr).toBeNull();
    expect(input.sellPriceKhr).toBeNull();
    expect(input.productId).toBe("p-cucumber");
    expect(input.per).toBe("day");
  });

  it("sends prices and credit days in whole riel and days", () => {
    const input = lineInput(cucumber({ buyPriceKhr: 2500.4, sellPriceKhr: 2999.6, payment: "credit", paymentDays: 6.7 }));
    expect(input.buyPriceKhr).toBe(2500);
    expect(input.sellPriceKhr).toBe(3000);
    expect(input.paymentDays).toBe(7);
  });

  it("keeps a fractional quantity", () => {
    expect(lineInput(cucumber({ quantity: 2.5 })).quantity).toBe(2.5);
  });

  it("sends the quantity from groups only when the vendor would buy from groups", () => {
    expect(lineInput(cucumber({ willing: false, willingQuantity: 20 })).willingQuantity).toBeNull();
    expect(lineInput(cucumber({ willing: true, willingQuantity: 20 })).willingQuantity).toBe(20);
  });

  it("sends credit days only with credit", () => {
    expect(lineInput(cucumber({ payment: "cash", paymentDays: 30 })).paymentDays).toBeNull();
    expect(lineInput(cucumber({ payment: "credit", paymentDays: 30 })).paymentDays).toBe(30);
    expect(lineInput(cucumber({ payment: "credit", paymentDays: null })).paymentDays).toBeNull();
  });

  it("copies the months, so later toggles do not change what was sent", () => {
    const line = cucumber();
    const input = lineInput(line);
    line.months.push(4);
    expect(input.months).toEqual([1, 2, 3]);
  });
});

describe("the rows of an interview", () => {
  it("leaves out untouched rows at the end, but not a broken row in the middle", () => {
    const rows = [cucumber(), emptyLine(), cucumber({ productId: "p-tomato" }), emptyLine(), emptyLine()];
    const sent = rowsToSend(rows);
    expect(sent).toHaveLength(3);
    expect(sent[1]).toBe(rows[1]);
  });

  it("counts a row with only a tick or a text as typed in", () => {
    expect(rowsToSend([{ ...emptyLine(), fresh: true }])).toHaveLength(1);
    expect(rowsToSend([{ ...emptyLine(), grade: "A" }])).toHaveLength(1);
    expect(rowsToSend([{ ...emptyLine(), months: [5] }])).toHaveLength(1);
    expect(rowsToSend([emptyLine()])).toHaveLength(0);
  });

  it("builds the whole input, confirmed only when asked", () => {
    const header = emptyHeader({ marketId: "m1", interviewedOn: "2025-03-04", interviewerId: "o1" });
    header.vendorName = "Sok";
    const input = interviewInput("c1", header, [cucumber(), emptyLine()]);
    expect(input).toMatchObject({
      id: null,
      campaignId: "c1",
      marketId: "m1",
      vendorName: "Sok",
      sex: null,
      vendorKind: null,
      interviewedOn: "2025-03-04",
      interviewerId: "o1",
      confirmed: false,
    });
    expect(input.lines).toHaveLength(1);
    expect(interviewInput("c1", header, [cucumber()], true).confirmed).toBe(true);
  });

  it("gives every new row its own key", () => {
    expect(emptyLine().key).not.toBe(emptyLine().key);
  });
});

describe("the header", () => {
  it("keeps the market, day and interviewer for the next vendor, and clears the rest", () => {
    const h = {
      ...emptyHeader({ marketId: "m1", interviewedOn: "2025-03-04", interviewerId: "o1" }),
      id: "i1",
      vendorName: "Sok",
      sex: "male" as const,
      vendorKind: "wholesaler" as const,
      phone: "012345678",
      notes: "x",
    };
    expect(nextVendorHeader(h)).toEqual({
      id: null,
      archived: false,
      marketId: "m1",
      interviewedOn: "2025-03-04",
      interviewerId: "o1",
      vendorName: "",
      sex: null,
      vendorKind: null,
      phone: "",
      notes: "",
    });
  });

  it.each([
    ["2025-03-10", "2025-03-10"],
    ["2025-03-01", "2025-03-01"],
    ["2025-03-31", "2025-03-31"],
    ["2025-02-28", "2025-03-01"],
    ["2025-04-01", "2025-03-01"],
  ])("dates a new interview on %s as %s in a campaign from 1 to 31 March", (today, expected) => {
    expect(defaultInterviewDate({ startsOn: "2025-03-01", endsOn: "2025-03-31" }, today)).toBe(expected);
  });

  it("writes today's local date as yyyy-mm-dd", () => {
    expect(isoDate(new Date(2025, 0, 5, 23, 30))).toBe("2025-01-05");
  });

  it("offers the campaign's team first, then the other officials still working", () => {
    const { team, others } = interviewerOptions(
      [official("b")],
      [official("a"), official("b"), official("c", true), official("d")],
    );
    expect(team.map((o) => o.id)).toEqual(["b"]);
    expect(others.map((o) => o.id)).toEqual(["a", "d"]);
  });
});

describe("the backend's messages on rows", () => {
  const fields = {
    vendorName: ["Please fill this in."],
    "lines.0.months": ["Tick a month."],
    "lines.2.quantity": ["Must be more than 0."],
    "lines.2.productId": ["Already on another row."],
    "lines.10.buyPriceKhr": ["Unusual price."],
  };

  it("reads the row and field of a row's message", () => {
    expect(parseLineField("lines.3.quantity")).toEqual({ row: 3, field: "quantity" });
    expect(parseLineField("lines")).toBeNull();
    expect(parseLineField("vendorName")).toBeNull();
  });

  it("gives each row its own messages", () => {
    expect(rowMessages(fields, 2)).toEqual({
      quantity: ["Must be more than 0."],
      productId: ["Already on another row."],
    });
    expect(rowMessages(fields, 1)).toEqual({});
  });

  it("lists the row messages top row first, in the row's field order", () => {
    expect(lineProblems(fields).map((p) => `${p.row}.${p.field}`)).toEqual([
      "0.months",
      "2.productId",
      "2.quantity",
      "10.buyPriceKhr",
    ]);
  });

  it("moves the messages of the rows below a removed row up one, and drops the removed row's", () => {
    expect(shiftLineFields(fields, 2)).toEqual({
      vendorName: ["Please fill this in."],
      "lines.0.months": ["Tick a month."],
      "lines.9.buyPriceKhr": ["Unusual price."],
    });
  });

  it("shows every row field next to its cell, for as many rows as there are", () => {
    const shown = shownFields(2);
    expect(shown).toContain("vendorName");
    expect(shown).toContain("lines");
    expect(shown).toContain("lines.1.paymentDays");
    expect(shown).not.toContain("lines.2.quantity");
  });
});
