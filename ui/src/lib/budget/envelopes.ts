// The envelope settings as typed (dollars) and as the core keeps them (US cents).
import type { Envelopes } from "../../bindings/Envelopes";
import { toMinor } from "../contracts/money";
import { centsToDollars } from "./money";

export interface EnvelopesDraft {
  commune: number | null;
  slg: number | null;
}

export function envelopesDraft(e: Envelopes): EnvelopesDraft {
  return { commune: centsToDollars(e.communeUsdCents), slg: centsToDollars(e.slgUsdCents) };
}

/** An empty box goes as 0, which the core refuses as out of range. */
export function envelopesInput(d: EnvelopesDraft): Envelopes {
  return { communeUsdCents: toMinor(d.commune, "USD") ?? 0, slgUsdCents: toMinor(d.slg, "USD") ?? 0 };
}
