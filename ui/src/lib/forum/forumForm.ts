// The forum's own details as the form edits them, and the officials it may be led by.
import type { Forum } from "../../bindings/Forum";
import type { ForumInput } from "../../bindings/ForumInput";
import type { Lang } from "../../bindings/Lang";
import type { Official } from "../../bindings/Official";
import { OFFICIAL_ROLES } from "../codes";

export interface ForumDraft {
  id: string | null;
  archived: boolean;
  title: string;
  heldOn: string;
  venue: string;
  ledById: string | null;
  objectives: string;
  referenceNo: string;
  campaignId: string | null;
}

export const FORUM_FIELDS = [
  "title",
  "heldOn",
  "endsOn",
  "venue",
  "ledById",
  "objectives",
  "referenceNo",
  "campaignId",
] as const;

export function forumDraft(forum: Forum | null): ForumDraft {
  return {
    id: forum?.id ?? null,
    archived: forum?.archived ?? false,
    title: forum?.title ?? "",
    heldOn: forum?.heldOn ?? "",
    venue: forum?.venue ?? "",
    ledById: forum?.ledById ?? null,
    objectives: forum?.objectives ?? "",
    referenceNo: forum?.referenceNo ?? "",
    campaignId: forum?.campaignId ?? null,
  };
}

/** The forum lasts the one day it is held on: no last day is sent. */
export function forumInput(d: ForumDraft): ForumInput {
  return {
    id: d.id,
    title: d.title,
    heldOn: d.heldOn,
    endsOn: "",
    venue: d.venue,
    ledById: d.ledById,
    objectives: d.objectives,
    referenceNo: d.referenceNo,
    campaignId: d.campaignId,
  };
}

export function officialName(o: Pick<Official, "nameKm" | "nameLatin">, lang: Lang): string {
  return lang === "km" ? o.nameKm || o.nameLatin : o.nameLatin || o.nameKm;
}

/**
 * Who may lead the forum: the DAO chief first (the guideline's leader), then the
 * other roles in their usual order, each by name. Archived officials are left out.
 */
export function leaders(officials: readonly Official[], lang: Lang): Official[] {
  const rank = (o: Official) => OFFICIAL_ROLES.indexOf(o.role);
  return officials
    .filter((o) => !o.archived)
    .sort((a, b) => rank(a) - rank(b) || officialName(a, lang).localeCompare(officialName(b, lang)));
}
