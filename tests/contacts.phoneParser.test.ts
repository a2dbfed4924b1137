// The phone parser behind a holder (src/contacts/phoneParser.ts): the library's entries parse
// phones synchronously, the elements only after loading libphonenumber-js on demand. Each
// test starts from fresh modules, so that nothing is registered before it runs.
import { beforeEach, describe, expect, it, vi } from "vitest";

// Arjeplog's area code is 0961 (+46 961) in the Swedish numbering plan (PTS).
const CONFIG = { name: "Arjeplogs kommun", hours: { weekly: { mon: ["08:00-16:00"] } }, contacts: [{ id: "vaxel", name: "Växel", phones: ["0961-140 00"] }] };
const VAXEL = { e164: "+4696114000", display: "0961-140 00", international: "+46 961 140 00", uri: "tel:+4696114000", type: "voice" };

beforeEach(() => {
  vi.resetModules();
});

describe("the library's entries", () => {
  it("createOrganization from oppettider parses phones synchronously, with nothing loaded first", async () => {
    const { createOrganization } = await import("../src/index");
    const organization = createOrganization(CONFIG);
    expect(organization).not.toBeInstanceOf(Promise);
    expect(organization.contact("vaxel").phones).toEqual([VAXEL]);
  });

  it("createOrganization from oppettider/contacts does too", async () => {
    const { createOrganization } = await import("../src/entries/contacts");
    expect(createOrganization(CONFIG).contact("vaxel").phones[0]).toEqual(VAXEL);
  });

  it("parsePhone and OrganizationConfigSchema work with nothing else called first", async () => {
    const { parsePhone } = await import("../src/index");
    expect(parsePhone("070-206 52 98", "cell")).toMatchObject({ e164: "+46702065298", display: "070-206 52 98" });
    vi.resetModules();
    const { OrganizationConfigSchema } = await import("../src/index");
    const result = OrganizationConfigSchema.safeParse({ ...CONFIG, contacts: [{ id: "vaxel", name: "Växel", phones: ["12345"] }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(JSON.stringify('"12345" is not a valid phone number'));
  });
});

describe("the elements' path", () => {
  it("without the parser loaded, building contacts says what to do", async () => {
    const { createOrganization } = await import("../src/contacts/createOrganization");
    expect(() => createOrganization(CONFIG)).toThrow("phone numbers are not loaded yet (in oppettider/elements, await loadPhoneSupport() first)");
  });

  it("loadPhoneSupport loads and registers libphonenumber-js, once enough for every later call", async () => {
    const { createOrganization } = await import("../src/contacts/createOrganization");
    const { loadPhoneSupport } = await import("../src/elements/phoneSupport");
    await loadPhoneSupport();
    expect(createOrganization(CONFIG).contact("vaxel").phones).toEqual([VAXEL]);
    await loadPhoneSupport();
    expect(createOrganization(CONFIG).contact("vaxel").phones).toEqual([VAXEL]);
  });
});
