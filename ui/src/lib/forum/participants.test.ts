import { describe, expect, it } from "vitest";
import type { Buyer } from "../../bindings/Buyer";
import type { Household } from "../../bindings/Household";
import type { Official } from "../../bindings/Official";
import type { Participant } from "../../bindings/Participant";
import { BUYER_KINDS, OFFICIAL_ROLES, PARTICIPANT_CATEGORIES } from "../codes";
import {
  byCategory,
  categoryForBuyer,
  categoryForRole,
  invitedRefs,
  participantDraft,
  participantFromRegister,
  participantInput,
  statusCounts,
} from "./participants";

function participant(over: Partial<Participant>): Participant {
  return {
    id: "p",
    forumId: "f1",
    category: "ngo",
    name: "n",
    organisation: "",
    title: "",
    sex: null,
    phone: "",
    officialId: null,
    buyerId: null,
    householdId: null,
    slgId: null,
    status: "to_invite",
    archived: false,
    ...over,
  };
}

describe("participants by category", () => {
  it("lists every category in the guideline's order, with its participants", () => {
    const groups = byCategory([
      participant({ id: "a", category: "cew" }),
      participant({ id: "b", category: "wholesaler" }),
      participant({ id: "c", category: "cew" }),
    ]);
    expect(groups.map((g) => g.category)).toEqual([...PARTICIPANT_CATEGORIES]);
    expect(groups.find((g) => g.category === "cew")?.rows.map((p) => p.id)).toEqual(["a", "c"]);
    expect(groups.find((g) => g.category === "ngo")?.rows).toEqual([]);
  });

  it("counts invitations by status, archived participants aside", () => {
    const counts = statusCounts([
      participant({ status: "confirmed" }),
      participant({ status: "confirmed" }),
      participant({ status: "attended" }),
      participant({ status: "confirmed", archived: true }),
    ]);
    expect(counts).toEqual({ to_invite: 0, invited: 0, confirmed: 2, declined: 0, attended: 1 });
  });
});

describe("categories suggested from the registers", () => {
  it("suggests a category for every role and every buyer kind", () => {
    for (const role of OFFICIAL_ROLES) expect(PARTICIPANT_CATEGORIES).toContain(categoryForRole(role));
    for (const kind of BUYER_KINDS) expect(PARTICIPANT_CATEGORIES).toContain(categoryForBuyer(kind));
  });

  it("brings officials in by their role", () => {
    expect(categoryForRole("cew")).toBe("cew");
    expect(categoryForRole("dao_chief")).toBe("district_official");
    expect(categoryForRole("district_technical")).toBe("district_official");
    expect(categoryForRole("pdaff_marketing")).toBe("pdaff_marketing");
    expect(categoryForRole("me_advisor")).toBe("me_advisor");
  });

  it("brings retailers and supermarkets as retailers, suppliers as suppliers, the rest as wholesalers", () => {
    expect(categoryForBuyer("retailer")).toBe("retailer");
    expect(categoryForBuyer("supermarket")).toBe("retailer");
    expect(categoryForBuyer("input_supplier")).toBe("input_supplier");
    expect(categoryForBuyer("collector")).toBe("wholesaler");
    expect(categoryForBuyer("processor")).toBe("wholesaler");
  });
});

describe("picking from the registers", () => {
  const official = { id: "o1" } as Official;
  const buyer = { id: "b1" } as Buyer;
  const household = { id: "h1" } as Household;

  it("sends only the link and the category: the backend fills the rest from the record", () => {
    const input = participantFromRegister("f1", { register: "official", record: official, category: "cew" });
    expect(input).toMatchObject({ forumId: "f1", category: "cew", officialId: "o1", buyerId: null, name: "" });
    expect(input.status).toBeNull();
  });

  it("sends a household with its SLG", () => {
    const input = participantFromRegister("f1", {
      register: "household",
      record: household,
      slgId: "s1",
      category: "slg_rep",
    });
    expect(input).toMatchObject({ householdId: "h1", slgId: "s1", officialId: null, category: "slg_rep" });
  });

  it("knows who is already invited; an archived participant is not", () => {
    const refs = invitedRefs([
      participant({ officialId: "o1" }),
      participant({ buyerId: "b1", archived: true }),
      participant({ householdId: "h1", slgId: "s1" }),
    ]);
    expect(refs.has("official:o1")).toBe(true);
    expect(refs.has("buyer:b1")).toBe(false);
    expect(refs.has("household:h1")).toBe(true);
    expect(participantFromRegister("f1", { register: "buyer", record: buyer, category: "wholesaler" }).buyerId).toBe("b1");
  });
});

describe("the participant form", () => {
  it("starts a typed-in participant as to invite, with nothing chosen", () => {
    const input = participantInput("f1", participantDraft(null));
    expect(input).toMatchObject({ id: null, forumId: "f1", category: null, sex: null, status: "to_invite" });
  });

  it("keeps the register links of a participant being edited", () => {
    const p = participant({ id: "p1", buyerId: "b1", category: "wholesaler", status: "invited" });
    const input = participantInput("f1", { ...participantDraft(p), name: "ថ្មី" });
    expect(input).toMatchObject({ id: "p1", buyerId: "b1", name: "ថ្មី", status: "invited" });
  });
});
