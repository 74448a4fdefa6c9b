// The campaign form as plain data: which communes, team members and markets are
// ticked, each market with the interviews planned there.
import type { Campaign } from "../../bindings/Campaign";
import type { CampaignInput } from "../../bindings/CampaignInput";
import { numberOrNull } from "../forms";

/** Interviews planned at a market when the officer does not say (the backend's default too). */
export const TARGET_DEFAULT = 10;

export interface MarketChoice {
  marketId: string;
  target: number | null;
}

export interface CampaignDraft {
  id: string | null;
  archived: boolean;
  name: string;
  startsOn: string;
  endsOn: string;
  communeCodes: string[];
  team: string[];
  /** The chosen markets, in the order they were ticked. */
  markets: MarketChoice[];
  notes: string;
}

/** A saved campaign as the form shows it; a new one starts with the office's target communes. */
export function campaignDraft(campaign: Campaign | null, targetCommunes: readonly string[]): CampaignDraft {
  if (!campaign) {
    return {
      id: null,
      archived: false,
      name: "",
      startsOn: "",
      endsOn: "",
      communeCodes: [...targetCommunes],
      team: [],
      markets: [],
      notes: "",
    };
  }
  return {
    id: campaign.id,
    archived: campaign.archived,
    name: campaign.name,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    communeCodes: campaign.communes.map((c) => c.code),
    team: campaign.team.map((o) => o.id),
    markets: campaign.markets.map((m) => ({ marketId: m.market.id, target: m.target })),
    notes: campaign.notes,
  };
}

/** Adds or removes `id` from a ticked list, keeping the order of the others. */
export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

/** Ticks a market (planned at the default number of interviews) or unticks it. */
export function choseMarket(markets: readonly MarketChoice[], marketId: string, on: boolean): MarketChoice[] {
  const without = markets.filter((m) => m.marketId !== marketId);
  return on ? [...without, { marketId, target: TARGET_DEFAULT }] : without;
}

/** A whole, non-negative number of interviews, or null for an empty box. */
function targetOrNull(value: number | null): number | null {
  const n = numberOrNull(value);
  // The backend takes whole numbers from 0 up and words any out-of-range one itself.
  return n === null ? null : Math.max(0, Math.round(n));
}

export function campaignInput(d: CampaignDraft): CampaignInput {
  return {
    id: d.id,
    name: d.name,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    communeCodes: [...d.communeCodes],
    team: [...d.team],
    markets: d.markets.map((m) => ({ marketId: m.marketId, target: targetOrNull(m.target) })),
    notes: d.notes,
  };
}

export const CAMPAIGN_FIELDS = ["name", "startsOn", "endsOn", "communeCodes", "team", "markets", "notes"] as const;

/** The fields shown next to their controls, with one target box per chosen market. */
export function campaignFields(marketCount: number): string[] {
  const rows = Array.from({ length: marketCount }, (_, i) => [`markets.${i}.marketId`, `markets.${i}.target`]);
  return [...CAMPAIGN_FIELDS, ...rows.flat()];
}

/** Interviews planned over all the campaign's markets. */
export function plannedInterviews(campaign: Campaign): number {
  return campaign.markets.reduce((sum, m) => sum + m.target, 0);
}
