import { describe, expect, it } from "vitest";
import type { Official } from "../../bindings/Official";
import { forumDraft, forumInput, leaders } from "./forumForm";

const official = (id: string, role: Official["role"], nameKm: string, archived = false): Official => ({
  id,
  nameKm,
  nameLatin: id,
  sex: "male",
  role,
  commune: null,
  phone: "",
  archived,
});

describe("the forum form", () => {
  it("sends no last day (the forum lasts one day) and empty choices as null", () => {
    const input = forumInput({ ...forumDraft(null), title: "វេទិកា", heldOn: "2026-04-21" });
    expect(input).toMatchObject({ id: null, endsOn: "", ledById: null, campaignId: null, title: "វេទិកា" });
  });

  it("offers the DAO chief first to lead the forum, archived officials left out", () => {
    const list = leaders(
      [
        official("c", "cew", "ខ"),
        official("a", "me_advisor", "ក"),
        official("d", "dao_chief", "គ"),
        official("x", "dao_chief", "ក", true),
        official("t", "district_technical", "ក"),
      ],
      "km",
    );
    expect(list.map((o) => o.id)).toEqual(["d", "t", "c", "a"]);
  });
});
