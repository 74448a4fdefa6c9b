import { describe, expect, it } from "vitest";
import type { AgendaItem } from "../../bindings/AgendaItem";
import { rowField } from "../rows";
import {
  agendaChanged,
  agendaItems,
  agendaRows,
  agendaSpan,
  durationOf,
  minutesOf,
  newRowAfter,
  timeOf,
} from "./agenda";

const item = (startsAt: string, endsAt: string, itemKm = "ក"): AgendaItem => ({
  startsAt,
  endsAt,
  itemKm,
  itemEn: "",
  speaker: "",
});

describe("agenda times", () => {
  it("reads HH:MM as the backend does, Khmer digits too", () => {
    expect(minutesOf("07:30")).toBe(450);
    expect(minutesOf("7:30")).toBe(450);
    expect(minutesOf(" ០៨:១៥ ")).toBe(495);
    expect(minutesOf("24:00")).toBeNull();
    expect(minutesOf("7:5")).toBeNull();
    expect(minutesOf("8h")).toBeNull();
    expect(minutesOf("")).toBeNull();
  });

  it("writes minutes as HH:MM, within the day", () => {
    expect(timeOf(450)).toBe("07:30");
    expect(timeOf(0)).toBe("00:00");
    expect(timeOf(24 * 60 + 30)).toBe("23:59");
  });

  it("gives an item's length only when it ends after it starts", () => {
    expect(durationOf(item("08:00", "08:45"))).toBe(45);
    expect(durationOf(item("10:00", "09:30"))).toBeNull();
    expect(durationOf(item("10:00", "10:00"))).toBeNull();
    expect(durationOf(item("ten", "10:30"))).toBeNull();
  });

  it("spans the day from the earliest start to the latest end, whatever the row order", () => {
    expect(agendaSpan([item("13:30", "16:15"), item("07:30", "08:00"), item("x", "y")])).toEqual({
      from: "07:30",
      to: "16:15",
    });
    expect(agendaSpan([item("x", "09:00")])).toBeNull();
  });
});

describe("agenda rows", () => {
  it("adds a row where the last one ends, for half an hour", () => {
    const rows = agendaRows([item("07:30", "08:00"), item("15:45", "16:15")]);
    expect(newRowAfter(rows)).toMatchObject({ startsAt: "16:15", endsAt: "16:45", itemKm: "" });
    expect(newRowAfter([])).toMatchObject({ startsAt: "08:00", endsAt: "08:30" });
    expect(newRowAfter(agendaRows([item("23:50", "23:55")]))).toMatchObject({ startsAt: "23:29", endsAt: "23:59" });
  });

  it("sends the items as typed, without the rows' keys", () => {
    const rows = agendaRows([item("08:00", "08:30", "បើក")]);
    expect(agendaItems(rows)).toEqual([item("08:00", "08:30", "បើក")]);
    expect(Object.keys(agendaItems(rows)[0])).not.toContain("key");
  });

  it("knows when the rows differ from the saved agenda", () => {
    const saved = [item("08:00", "08:30"), item("08:30", "09:00")];
    const rows = agendaRows(saved);
    expect(agendaChanged(rows, saved)).toBe(false);
    rows[1].speaker = "ប្រធាន";
    expect(agendaChanged(rows, saved)).toBe(true);
    expect(agendaChanged(rows.slice(0, 1), saved)).toBe(true);
  });

  it("shows a message on agenda.1.startsAt at the row sent second, even after it was moved", () => {
    const rows = agendaRows([item("08:00", "09:00"), item("08:30", "09:30")]);
    const sent = rows.map((r) => r.key);
    const [first, second] = rows;
    // The officer moves the overlapping row to the top after the refusal.
    const now = [second, first];
    expect(rowField("agenda", sent, now[0].key, "startsAt")).toBe("agenda.1.startsAt");
  });
});
