// The print and export commands: their names and argument objects, as the Rust
// commands take them (camelCase), and the progress event.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportProgress } from "../bindings/ExportProgress";

const invoke = vi.fn();
const listen = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock("@tauri-apps/api/event", () => ({ listen: (...args: unknown[]) => listen(...args) }));

const api = await import("./api");

beforeEach(() => {
  invoke.mockReset();
  listen.mockReset();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

const PATH = "/home/officer/Documents/slg-register 2025-06-01.km-en.pdf";

describe("print and export commands", () => {
  it("prints an SLG's member register in the chosen language", async () => {
    invoke.mockResolvedValue(PATH);
    await expect(api.printHouseholdRegister("slg-1", "km-en")).resolves.toBe(PATH);
    expect(invoke).toHaveBeenCalledWith("print_household_register", { slgId: "slg-1", mode: "km-en" });
  });

  it("prints a blank attendance sheet, and answers null when the officer cancels", async () => {
    invoke.mockResolvedValue(null);
    await expect(api.printAttendanceSheet("en")).resolves.toBeNull();
    expect(invoke).toHaveBeenCalledWith("print_attendance_sheet", { mode: "en" });
  });

  it("exports each register with its query", async () => {
    invoke.mockResolvedValue(PATH);
    const base = { search: "sok", includeArchived: false, page: 3, pageSize: 50 };
    const households = { ...base, communeCode: "040610", villageCode: null, slgId: null, sort: "village" as const };
    await api.exportHouseholds(households);
    expect(invoke).toHaveBeenLastCalledWith("export_households", { query: households });
    await api.exportSlgs({ ...base, communeCode: null });
    expect(invoke).toHaveBeenLastCalledWith("export_slgs", { query: { ...base, communeCode: null } });
    await api.exportBuyers({ ...base, kind: "collector" });
    expect(invoke).toHaveBeenLastCalledWith("export_buyers", { query: { ...base, kind: "collector" } });
  });

  it("turns a refusal into an IpcError like every other command", async () => {
    invoke.mockRejectedValue("command print_attendance_sheet not found");
    await expect(api.printAttendanceSheet("km")).rejects.toEqual({
      code: "internal",
      message: "command print_attendance_sheet not found",
      violations: [],
    });
  });
});

describe("onExportProgress", () => {
  it("hands each export-progress payload to the callback and returns the unlisten function", async () => {
    const unlisten = vi.fn();
    listen.mockResolvedValue(unlisten);
    const seen: ExportProgress[] = [];

    await expect(api.onExportProgress((p) => seen.push(p))).resolves.toBe(unlisten);
    expect(listen).toHaveBeenCalledWith("export-progress", expect.any(Function));
    const handler = listen.mock.calls[0][1] as (e: { event: string; id: number; payload: ExportProgress }) => void;
    handler({ event: "export-progress", id: 1, payload: { done: 1200, total: 144000 } });
    expect(seen).toEqual([{ done: 1200, total: 144000 }]);
  });
});
