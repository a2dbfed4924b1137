import { describe, expect, it } from "vitest";
import { parseHoursText } from "../src/index";
import { forgetPerTextCaches, perTextCache } from "../src/text/perTextCache";

describe("perTextCache: work kept while one text is read", () => {
  it("makes a value once, keeps it, and makes it again after forgetPerTextCaches", () => {
    const cache = perTextCache<number>();
    let made = 0;
    const make = () => ++made;
    expect(cache.get("måndag", make)).toBe(1);
    expect(cache.get("måndag", make)).toBe(1);
    expect(cache.get("tisdag", make)).toBe(2);
    forgetPerTextCaches();
    expect(cache.get("måndag", make)).toBe(3);
  });

  it("keeps a value that is undefined or null instead of making it again", () => {
    const cache = perTextCache<string | null>();
    let made = 0;
    const make = () => {
      made++;
      return null;
    };
    expect(cache.get("x", make)).toBeNull();
    expect(cache.get("x", make)).toBeNull();
    expect(made).toBe(1);
  });

  it("empties itself past its limit when used outside parseHoursText", () => {
    const cache = perTextCache<number>(2);
    let made = 0;
    const make = () => ++made;
    cache.get("a", make);
    cache.get("b", make);
    cache.get("c", make); // full: emptied, then "c" kept
    expect(cache.get("c", make)).toBe(3);
    expect(cache.get("a", make)).toBe(4);
  });

  it("parseHoursText leaves nothing kept after a text", () => {
    const cache = perTextCache<number>();
    cache.get("kept", () => 1);
    parseHoursText("Måndag–fredag 8–16", { year: 2026 });
    let made = false;
    cache.get("kept", () => {
      made = true;
      return 2;
    });
    expect(made).toBe(true);
  });
});
