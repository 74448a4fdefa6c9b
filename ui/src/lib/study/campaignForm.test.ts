import { describe, expect, it } from "vitest";
import type { Campaign } from "../../bindings/Campaign";
import type { Market } from "../../bindings/Market";
import {
  TARGET_DEFAULT,
  campaignDraft,
  campaignFields,
  campaignInput,
  choseMarket,
  plannedInterviews,
  toggled,
} from "./campaignForm";

const place = (code: string) => ({ code, nameKm: code, nameEn: code });
const market = (id: string): Market => ({
  id,
  name: id,
  kind: "commune",
  commune: place("040610"),
  village: null,
  marketDays: "",
  notes: "",
  archived: false,
});

const saved: Campaign = {
  id: "c1",
  name: "Study 2025",
  district: place("0406"),
  startsOn: "2025-03-01",
  endsOn: "2025-03-31",
  communes: [place("040610"), place("040606")],
  team: [],
  markets: [
    { market: market("m1"), target: 10, done: 4 },
    { market: market("m2"), target: 15, done: 0 },
  ],
  weights: { demand: 4, gap: 3, price: 1, willing: 2 },
  notes: "",
  interviews: 4,
  archived: false,
};

describe("the campaign form", () => {
  it("starts a new campaign with the office's target communes ticked", () => {
    const d = campaignDraft(null, ["040610", "040612"]);
    expect(d.communeCodes).toEqual(["040610", "040612"]);
    expect(d.markets).toEqual([]);
    expect(d.id).toBeNull();
  });

  it("shows a saved campaign's choices", () => {
    const d = campaignDraft(saved, ["040612"]);
    expect(d.communeCodes).toEqual(["040610", "040606"]);
    expect(d.markets).toEqual([
      { marketId: "m1", target: 10 },
      { marketId: "m2", target: 15 },
    ]);
  });

  it("ticks a market at the default target and unticks it", () => {
    const one = choseMarket([], "m1", true);
    expect(one).toEqual([{ marketId: "m1", target: TARGET_DEFAULT }]);
    expect(choseMarket(one, "m1", false)).toEqual([]);
    expect(toggled(["a", "b"], "a", false)).toEqual(["b"]);
    expect(toggled(["a"], "b", true)).toEqual(["a", "b"]);
  });

  it("sends an empty target as null and a typed one whole", () => {
    const d = campaignDraft(saved, []);
    d.markets[0].target = null;
    d.markets[1].target = 12.6;
    expect(campaignInput(d).markets).toEqual([
      { marketId: "m1", target: null },
      { marketId: "m2", target: 13 },
    ]);
    d.markets[1].target = -3;
    // The backend takes whole numbers from 0 up; it words the out-of-range 0 itself.
    expect(campaignInput(d).markets[1].target).toBe(0);
  });

  it("shows a target message next to each chosen market", () => {
    expect(campaignFields(2)).toEqual(
      expect.arrayContaining(["name", "markets", "markets.0.target", "markets.1.marketId"]),
    );
    expect(campaignFields(2)).not.toContain("markets.2.target");
  });

  it("adds up the interviews planned", () => {
    expect(plannedInterviews(saved)).toBe(25);
  });
});
