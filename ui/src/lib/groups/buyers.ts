// A producer group's buyers and its links to groups of other communes (guideline
// step 4.1), as the section holds them: which buyers and buyer groups can still be
// added, the list sent back whole, and the groups it may link with. The core decides
// the rules (same commune, product not sold, a buyer group of fewer than two).
import type { Buyer } from "../../bindings/Buyer";
import type { BuyerGroup } from "../../bindings/BuyerGroup";
import type { GroupBuyerLink } from "../../bindings/GroupBuyerLink";
import type { GroupBuyerLinkInput } from "../../bindings/GroupBuyerLinkInput";
import type { ProducerGroup } from "../../bindings/ProducerGroup";
import type { ProducerGroupSummary } from "../../bindings/ProducerGroupSummary";

/** A choice in the "add" select: a buyer (`b:id`) or a buyer group (`g:id`). */
export type BuyerChoice = `b:${string}` | `g:${string}`;

export const linkKey = (l: GroupBuyerLinkInput): BuyerChoice | null =>
  l.buyerId ? `b:${l.buyerId}` : l.buyerGroupId ? `g:${l.buyerGroupId}` : null;

/** A saved link as it is sent back. */
export const linkInput = (l: GroupBuyerLink): GroupBuyerLinkInput => ({ buyerId: l.buyerId, buyerGroupId: l.buyerGroupId });

export function choiceInput(choice: BuyerChoice): GroupBuyerLinkInput {
  const id = choice.slice(2);
  return choice.startsWith("b:") ? { buyerId: id, buyerGroupId: null } : { buyerId: null, buyerGroupId: id };
}

/** The whole list with one more buyer or buyer group (unchanged when already on it). */
export function withLink(links: GroupBuyerLink[], choice: BuyerChoice): GroupBuyerLinkInput[] {
  const current = links.map(linkInput);
  return current.some((l) => linkKey(l) === choice) ? current : [...current, choiceInput(choice)];
}

/** The whole list without the `index`th row. */
export function withoutLink(links: GroupBuyerLink[], index: number): GroupBuyerLinkInput[] {
  return links.filter((_, i) => i !== index).map(linkInput);
}

/** Buyers the group may sell to and does not yet: input suppliers sell to it instead. */
export function addableBuyers(buyers: Buyer[], links: GroupBuyerLink[]): Buyer[] {
  const taken = new Set(links.flatMap((l) => (l.buyerId ? [l.buyerId] : [])));
  return buyers.filter((b) => b.kind !== "input_supplier" && !b.archived && !taken.has(b.id));
}

/** Buyer groups not archived and not yet on the list. */
export function addableBuyerGroups(groups: BuyerGroup[], links: GroupBuyerLink[]): BuyerGroup[] {
  const taken = new Set(links.flatMap((l) => (l.buyerGroupId ? [l.buyerGroupId] : [])));
  return groups.filter((g) => !g.archived && !taken.has(g.id));
}

/** Producer groups of other communes, this one and archived ones left out. */
export function otherCommuneGroups(groups: ProducerGroupSummary[], group: ProducerGroup): ProducerGroupSummary[] {
  return groups.filter((g) => g.id !== group.id && !g.archived && g.commune.code !== group.commune.code);
}

export interface LinkDraft {
  otherGroupId: string;
  productId: string;
}

/** The link to ask for, or null until both the group and the product are chosen. */
export function linkArgs(groupId: string, draft: LinkDraft): [string, string, string] | null {
  return draft.otherGroupId && draft.productId ? [groupId, draft.otherGroupId, draft.productId] : null;
}

/** The ids ticked for a new buyer group, in the register's order. */
export function tickedBuyers(buyers: Buyer[], ticked: Record<string, boolean>): string[] {
  return buyers.filter((b) => ticked[b.id]).map((b) => b.id);
}
