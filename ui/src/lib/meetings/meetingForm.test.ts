import { describe, expect, it } from "vitest";
import type { Household } from "../../bindings/Household";
import type { SlgMeeting } from "../../bindings/SlgMeeting";
import { rowField } from "../rows";
import {
  attendanceChoices,
  defaultCapacityKind,
  emptyMeeting,
  emptyOther,
  emptyProduct,
  everyone,
  liveCounts,
  meetingFields,
  meetingFromSaved,
  meetingInput,
  planTypes,
  planTypesInRange,
  swotField,
  type MeetingDraft,
  type ProductRow,
} from "./meetingForm";

const place = { code: "v1", nameKm: "ភូមិ", nameEn: "Village" };

function household(id: string, sex: "female" | "male", isYouth: boolean, archived = false): Household {
  return {
    id,
    headNameKm: `ឈ្មោះ ${id}`,
    headNameLatin: id,
    sex,
    birthYear: 1990,
    age: 36,
    isYouth,
    size: 4,
    women: 2,
    village: place,
    commune: place,
    phone: "",
    idCard: "",
    idPoor: "none",
    indigenous: false,
    slgId: "s1",
    slgName: "SLG",
    archived,
  };
}

const members = [
  household("h1", "female", true),
  household("h2", "male", false),
  household("h3", "female", false),
  household("h4", "male", true, true),
];

function product(over: Partial<ProductRow> = {}): ProductRow {
  return { ...emptyProduct(), productId: "p", months: [1, 2], capacityKind: "area_m2", ...over };
}

function draft(over: Partial<MeetingDraft> = {}): MeetingDraft {
  return { ...emptyMeeting("s1", "2026-03-10"), ...over };
}

describe("the attendance checklist", () => {
  it("lists the group's households, archived ones left out", () => {
    const choices = attendanceChoices(members, []);
    expect(choices.map((c) => c.householdId)).toEqual(["h1", "h2", "h3"]);
    expect(choices[0]).toMatchObject({ sex: "female", youth: true, former: false });
  });

  it("keeps someone a saved meeting recorded who has since left the group", () => {
    const choices = attendanceChoices(members.slice(0, 2), [
      { householdId: "h1", name: "x", sex: "female", youth: true },
      { householdId: "h9", name: "ចាស់", sex: "male", youth: false },
      { householdId: null, name: "ភិក្ខុ", sex: "male", youth: false },
    ]);
    expect(choices.map((c) => c.householdId)).toEqual(["h1", "h2", "h9"]);
    expect(choices[2]).toMatchObject({ name: "ចាស់", former: true });
  });

  it("ticks every household with “everyone came”", () => {
    expect(everyone(attendanceChoices(members, []))).toEqual(["h1", "h2", "h3"]);
  });
});

describe("live counts", () => {
  const choices = attendanceChoices(members, []);

  it("counts ticked households and the others typed in, by sex and youth", () => {
    const d = draft({
      present: ["h1", "h2"],
      others: [
        { ...emptyOther(), name: "ស្រី", sex: "female", youth: true },
        { ...emptyOther(), name: "ប្រុស", sex: "male", youth: false },
      ],
    });
    expect(liveCounts(d, choices)).toEqual({ total: 4, women: 2, youth: 2, youngWomen: 2 });
  });

  it("leaves blank other rows out and does not guess a sex nobody chose", () => {
    const d = draft({
      present: ["h3"],
      others: [emptyOther(), { ...emptyOther(), name: "គ្មានភេទ" }],
    });
    expect(liveCounts(d, choices)).toEqual({ total: 2, women: 1, youth: 0, youngWomen: 0 });
  });

  it("starts at nobody", () => {
    expect(liveCounts(draft(), choices).total).toBe(0);
  });
});

describe("the plan", () => {
  it("counts the types ticked “in plan”, blank rows aside", () => {
    const rows = [product({ inPlan: true }), product({ inPlan: false }), product({ inPlan: true }), emptyProduct()];
    expect(planTypes(rows)).toBe(2);
  });

  it("is within the guideline's 6–8 types only from 6 to 8", () => {
    expect([5, 6, 8, 9].map(planTypesInRange)).toEqual([false, true, true, false]);
  });

  it("counts animals in heads and the rest in land", () => {
    expect(defaultCapacityKind({ category: "poultry" })).toBe("heads");
    expect(defaultCapacityKind({ category: "livestock" })).toBe("heads");
    expect(defaultCapacityKind({ category: "vegetable" })).toBe("area_m2");
  });
});

describe("the meeting as the backend takes it", () => {
  const choices = attendanceChoices(members, []);

  it("sends ticked households by id (in the checklist's order), then the others, blank rows left out", () => {
    const other = { ...emptyOther(), name: " ភិក្ខុ សុខ", sex: "male" as const, youth: true };
    const d = draft({ present: ["h3", "h1"], others: [emptyOther(), other] });
    const { input, sent } = meetingInput(d, choices);
    expect(input.attendees).toEqual([
      { householdId: "h1", name: "", sex: null, youth: false },
      { householdId: "h3", name: "", sex: null, youth: false },
      { householdId: null, name: " ភិក្ខុ សុខ", sex: "male", youth: true },
    ]);
    expect(sent.attendees).toEqual(["h1", "h3", other.key]);
  });

  it("sends empty boxes and choices as null", () => {
    const d = draft({
      campaignId: null,
      products: [
        product({ interested: Number.NaN, capacity: null, currentOutput: undefined as unknown as null, capacityKind: null }),
      ],
    });
    const { input } = meetingInput(d, choices);
    expect(input.campaignId).toBeNull();
    expect(input.facilitatorId).toBeNull();
    expect(input.products[0]).toEqual({
      productId: "p",
      interested: null,
      capacityKind: null,
      capacity: null,
      currentOutput: null,
      months: [1, 2],
      inPlan: false,
    });
  });

  it("sends whole numbers of farmers and the confirmation when asked", () => {
    const d = draft({ products: [product({ interested: 7.6, capacity: 1200.5 })] });
    const { input } = meetingInput(d, choices, true);
    expect(input.products[0].interested).toBe(8);
    expect(input.products[0].capacity).toBe(1200.5);
    expect(input.confirmed).toBe(true);
  });

  it("leaves blank product rows out, and a message on products.1 goes to the row it was", () => {
    const first = product({ productId: "a" });
    const blank = emptyProduct();
    const third = product({ productId: "b", capacity: -5 });
    const { input, sent } = meetingInput(draft({ products: [first, blank, third] }), choices);
    expect(input.products.map((p) => p.productId)).toEqual(["a", "b"]);
    expect(rowField("products", sent.products, third.key, "capacity")).toBe("products.1.capacity");
    expect(meetingFields(sent)).toContain("products.1.capacity");
    expect(meetingFields(sent)).not.toContain("products.2.capacity");
  });

  it("sends SWOT lines as typed, and names each line as the backend does", () => {
    const d = draft();
    d.swot.weaknesses = [
      { key: 501, text: "ខ្វះទុន" },
      { key: 502, text: "ខ្វះព័ត៌មាន" },
    ];
    const { input, sent } = meetingInput(d, choices);
    expect(input.swot.weaknesses).toEqual(["ខ្វះទុន", "ខ្វះព័ត៌មាន"]);
    expect(swotField("weaknesses", sent, 502)).toBe("swot.weakness.1");
    expect(meetingFields(sent)).toContain("swot.weakness.1");
  });

  it("sends an SLG not chosen yet as an empty id, for the backend to refuse", () => {
    expect(meetingInput(draft({ slgId: null }), choices).input.slgId).toBe("");
  });
});

describe("a saved meeting in the form", () => {
  const saved: SlgMeeting = {
    id: "m1",
    slgId: "s1",
    slgName: "SLG",
    campaignId: "c1",
    heldOn: "2026-03-10",
    venue: "វត្ត",
    facilitatorId: null,
    facilitatorName: null,
    attendees: [
      { householdId: "h1", name: "x", sex: "female", youth: true },
      { householdId: null, name: "ភិក្ខុ", sex: "male", youth: false },
    ],
    counts: { total: 2, women: 1, youth: 1, youngWomen: 1 },
    products: [],
    swot: { strengths: ["ទឹក"], weaknesses: [], opportunities: [], threats: [] },
    supportNeeds: "",
    notes: "",
    archived: false,
  };

  it("ticks its households, lists its others, and gives empty lists a line to type in", () => {
    const d = meetingFromSaved(saved);
    expect(d.present).toEqual(["h1"]);
    expect(d.others.map((o) => o.name)).toEqual(["ភិក្ខុ"]);
    expect(d.products).toHaveLength(1);
    expect(d.swot.strengths.map((l) => l.text)).toEqual(["ទឹក"]);
    expect(d.swot.threats.map((l) => l.text)).toEqual([""]);
  });

  it("counts the same as the backend did", () => {
    const d = meetingFromSaved(saved);
    expect(liveCounts(d, attendanceChoices(members, saved.attendees))).toEqual(saved.counts);
  });
});
