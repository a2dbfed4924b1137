import type { CalendarCode } from "../calendar/calendars";
import type { Selector, Statement } from "./clause";
import type { ContactLine } from "./contacts";
import type { Heading } from "./headings";
import { describeStatement } from "./describeReading";
import { headingKind, readKindLabel, type HoursKind } from "./hourKinds";
import { flattenTables } from "./flatTables";
import { readLine, type LineReading } from "./readLines";
import { YearRollover } from "./yearRollover";
import { followedByHours, isWeekdaysOnly } from "./sectionLookahead";
import { readUnitLine } from "./unitLines";
import { ScheduleBuilder, type HolidayReading } from "./scheduleBuilder";
import type { HoursSection, ReadLine, UnreadLine } from "./sectionTypes";

export type { HoursSection, ReadLine, UnreadLine } from "./sectionTypes";

interface OpenSection {
  heading: string | null;
  owner: string | null;
  kind: HoursKind | null;
  readonly line: number;
  readonly builder: ScheduleBuilder;
  readonly unread: UnreadLine[];
  readonly contacts: ContactLine[];
  readonly read: ReadLine[];
}

/** Days waiting for hours on a following line ("Måndag-torsdag" above "08.00-12.00"). */
interface Waiting {
  readonly selector: Selector;
  readonly line: number;
  readonly text: string;
  /** Unit lines below took these days' hours ("• Filialen kl. 10–14" under "Fredag 19 juni"). */
  readonly used?: true;
}

/** A period on a line of its own ("Vecka 25–32", "27 juni – 21 augusti"), for the weekday lines below. */
interface Context {
  readonly selector: Selector;
  readonly line: number;
  readonly text: string;
  used: boolean;
  /** A blank line came after weekday lines under it: a weekday the period already has starts the next block. */
  afterBlank: boolean;
}

/**
 * Reads every line of a text into sections: a heading that names whose hours follow
 * (and has hours below it) starts a new section; the other lines become rules of the
 * current section, contacts, or unread lines with a reason.
 *
 * @example
 * readSections("Öppettider\nMåndag-fredag\n08.00-16.00", { year: 2026, holidays: "auto" })[0].config.weekly
 * // => { mon: ["08:00-16:00"], tue: …, fri: ["08:00-16:00"] }
 */
export function readSections(text: string, options: { year: number; holidays: HolidayReading; calendar?: CalendarCode }): HoursSection[] {
  const calendar = options.calendar ?? "SE";
  const written = text.split(/\r\n|\r|\n/);
  // Tables become lines the reader reads ("Måndag | 8–12 | 13–16" → "Måndag 8–12 och 13–16"); their used and unread lines add nothing.
  const tables = flattenTables(written);
  const lines = tables.lines;
  const readings = lines.map((raw, index): LineReading => (tables.used.has(index + 1) || tables.unread.has(index + 1) ? { kind: "restClosed" } : readLine(raw, index + 1, calendar)));
  const newSection = (line: number, heading: string | null, owner: string | null, kind: HoursKind | null = null): OpenSection => ({
    heading,
    owner,
    kind,
    line,
    builder: new ScheduleBuilder(calendar),
    unread: [],
    contacts: [],
    read: [],
  });
  const sections: OpenSection[] = [newSection(1, null, null)];
  let current = sections[0]!;
  let home = current; // the section of the last heading: the one a kind's or unit's hours sit beside
  let waiting: Waiting | null = null;
  let context: Context | null = null;
  let blockedBy: { line: number; text: string } | null = null; // an unread scope line above
  let deviations = false;
  let year: number | null = null;
  let block = 0; // heading blocks: a lunch break cuts the hours of its own block
  const years = new YearRollover(() => year ?? options.year);

  const unread = (line: number, text: string, reason: string) => current.unread.push({ line, text, reason });
  const dropWaiting = () => {
    if (waiting && !waiting.used) unread(waiting.line, waiting.text, "inga tider efter dagarna");
    waiting = null;
  };
  // A period line that no weekday line or hours followed says nothing: report it.
  const endContext = () => {
    if (context && !context.used) unread(context.line, context.text, "inga dagar eller tider under perioden");
    context = null;
  };
  const apply = (statement: Statement, line: number, text: string, withContext: boolean): boolean => {
    const { weekdays } = statement.selector;
    if (withContext && context?.afterBlank && weekdays && isWeekdaysOnly(statement.selector)) {
      // "10 juni–16 augusti:" / "Mån–tor 12–19" / "" / "Fre 12–18": Friday goes on in the period;
      // a weekday it already has after a blank line is the next block's ("Mån–tor 10–19").
      if (current.builder.periodHasAny(context.selector, weekdays, year ?? options.year)) context = null;
    }
    const dates = statement.selector.dates ?? (withContext ? context?.selector.dates : null) ?? null;
    const rolled = dates ? years.next(dates) : years.current();
    const reason = current.builder.apply(statement, line, { context: withContext ? (context?.selector ?? null) : null, deviations, year: rolled ?? year ?? options.year, yearAssumed: year === null && rolled === null, block });
    if (!reason && rolled !== null && years.note) current.builder.assumptions.push(years.takeNote()!);
    if (reason) unread(line, text, reason);
    else current.read.push({ line, text, became: describeStatement(statement, withContext ? (context?.selector ?? null) : null) });
    return reason === null;
  };

  readings.forEach((reading, index) => {
    const line = index + 1;
    const tableProblem = tables.unread.get(line);
    if (tableProblem !== undefined) {
      dropWaiting(); // days above an unread table get no hours from below it
      return unread(line, written[index]!.trim(), tableProblem);
    }
    switch (reading.kind) {
      case "blank":
        if (context?.used) context.afterBlank = true;
        return;
      case "contacts":
        current.contacts.push(...reading.contacts);
        return;
      case "restClosed":
        return;
      case "heading": {
        // "• Filialen stängt" under "Fredag 19 juni" reads like a heading on its own.
        if (waiting && readOwnLine(lines[index]!, line)) return;
        const { heading } = reading;
        if (heading.owner !== null && !followedByHours(readings, index)) {
          unread(line, lines[index]!.trim(), reading.reason);
          return;
        }
        dropWaiting();
        endContext();
        blockedBy = null;
        block++;
        const kind = headingKind(heading.text);
        if (heading.owner === null && kind !== null && current.kind !== null && kind !== current.kind) {
          // "Öppettider" under the phone hours: the visiting hours start, they must not merge.
          current = home = newSection(line, heading.text, null, kind);
          sections.push(current);
        } else if (heading.owner !== null && heading.owner !== current.owner) {
          if (current.builder.statements > 0 || current.unread.length > 0) {
            current = newSection(line, heading.text, heading.owner);
            sections.push(current);
          } else {
            // Two heading lines in a row name one section: "Socialjouren" / "Telefontid".
            const above = readings[index - 1];
            current.heading = above?.kind === "heading" && above.heading.owner !== null && current.heading ? `${current.heading} – ${heading.text}` : heading.text;
            current.owner = heading.owner;
          }
          deviations = false;
          year = null;
          home = current;
        } else if (current.heading === null) current.heading = heading.text;
        if (kind !== null && (current.kind === null || heading.owner !== null)) current.kind = kind;
        applyHeadingFlags(heading);
        return;
      }
      case "clauses":
        if (reading.restOfYear) {
          dropWaiting();
          endContext();
        }
        if (readOwnLine(lines[index]!, line)) return;
        for (const clause of reading.clauses) readClauseLine(clause, line);
        return;
    }
  });
  dropWaiting();
  endContext();

  /** The section of a unit or a kind of hours beside `home`, made when the text has none yet. */
  function sectionOf(line: number, heading: string, owner: string, kind: HoursKind | null): OpenSection {
    const found = sections.find((s) => s.owner === owner && s.kind === kind);
    if (found) return found;
    const section = newSection(line, heading, owner, kind);
    sections.push(section);
    return section;
  }

  /**
   * A line that names whose hours it gives, "Telefontid: mån–fre 9–11", "Kyrkan – 15/6–15/8
   * kl 10–17", "• Filialen stängt": its hours go to that kind's or unit's section. False (and
   * nothing read) when the line is not one, or its hours do not read.
   */
  function readOwnLine(raw: string, line: number): boolean {
    const label = readKindLabel(raw.trim().replace(/^[•·▪‣◦●○►▸*]\s+/, ""));
    const unit = label ? null : readUnitLine(raw, calendar);
    const rest = label?.rest ?? unit?.rest ?? "";
    if (rest === "") return false;
    const closed = /^(håller )?(stängt|stängd|stängda)\.?$/i.test(rest);
    const restReading = readLine(rest, line, calendar);
    const reads = restReading.kind === "clauses" && restReading.clauses.every((c) => c.result.ok);
    if (!reads && !(closed && waiting)) return false;
    if (label) {
      if (label.kind === "visiting" && (home.kind === null || home.kind === "visiting")) {
        current = home;
        current.kind = "visiting";
      } else {
        const owner = `${home.owner ?? ""}#${label.kind}`;
        current = sectionOf(line, home.heading && home.kind !== label.kind ? `${home.heading} – ${label.label}` : label.label, owner, label.kind);
      }
    } else current = sectionOf(line, unit!.name, unit!.name.toLowerCase(), headingKind(unit!.name)); // "Bibliotekets meröppet: …"
    const dated = waiting;
    if (closed && dated) {
      apply({ selector: dated.selector, hours: { kind: "open", spans: [] } }, line, raw.trim(), false);
    } else if (restReading.kind === "clauses") {
      for (const clause of restReading.clauses) readClauseLine(clause, line);
    }
    // Each bullet under a date heading takes that date: keep it for the next one.
    if (dated && (closed || waiting === null) && unit?.bullet) waiting = { ...dated, used: true };
    return true;
  }

  function applyHeadingFlags(heading: Heading) {
    if (heading.deviations) deviations = true;
    if (heading.regular) deviations = false;
    if (heading.year !== null) year = heading.year;
    years.reset();
  }

  function readClauseLine(clause: Extract<LineReading, { kind: "clauses" }>["clauses"][number], line: number) {
    const { result, text } = clause;
    for (const words of clause.skipped ?? []) {
      current.unread.push({ line, text: words, reason: "ord runt tiderna, som inte läses (tiderna på raden är lästa)", partial: true });
    }
    if (!result.ok) {
      dropWaiting();
      unread(line, text, result.reason);
      if (clause.scopesBelow) {
        blockedBy = { line, text };
        endContext();
      }
      return;
    }
    const reading = result.reading;
    if (reading.kind === "hours") {
      if (waiting) {
        const from: Waiting = waiting;
        waiting = null;
        apply({ selector: from.selector, hours: reading.hours }, line, `${from.text} / ${text}`, isWeekdaysOnly(from.selector));
      } else if (context && !context.used) {
        apply({ selector: context.selector, hours: reading.hours }, line, text, false);
        context.used = true;
      } else {
        unread(line, text, "tider utan dagar (skriv dagarna före tiderna, som \"Måndag–fredag 08.00–16.00\")");
      }
      return;
    }
    dropWaiting();
    for (const statement of reading.statements) {
      if (blockedBy && isWeekdaysOnly(statement.selector)) {
        unread(line, text, `hör till rad ${blockedBy.line} ("${blockedBy.text}"), som inte kunde läsas`);
        continue;
      }
      if (apply(statement, line, text, true) && context && isWeekdaysOnly(statement.selector)) context.used = true;
    }
    const next = reading.waiting;
    if (!next) return;
    if (next.weekdays === null && next.special === null && (next.weeks || next.dates || next.season)) {
      // "Sommaröppet" then "27 juni – 21 augusti": the dates say when the season is.
      const season: Context | null = context;
      const merges = season !== null && !season.used && season.selector.season !== null && !season.selector.weeks && !season.selector.dates && !next.season;
      if (merges) context = null;
      else endContext();
      context = { selector: merges ? { ...next, season: season!.selector.season } : next, line, text, used: false, afterBlank: false };
      blockedBy = null;
    } else if (blockedBy && isWeekdaysOnly(next)) {
      unread(line, text, `hör till rad ${blockedBy.line} ("${blockedBy.text}"), som inte kunde läsas`);
    } else {
      waiting = { selector: next, line, text };
    }
  }

  return sections
    .filter((section, i) => i === 0 || section.builder.statements > 0 || section.unread.length > 0 || section.contacts.length > 0)
    .map((section) => {
      const finished = section.builder.finish(options.holidays);
      const gapLines = finished.unread.map((u) => ({ line: u.line, text: lines[u.line - 1]!.trim(), reason: u.reason }));
      return {
        heading: section.heading,
        config: calendar === "SE" ? finished.config : { calendar, ...finished.config },
        unread: [...section.unread, ...gapLines].map((u) => (tables.rewritten.has(u.line) && !("partial" in u) ? { ...u, text: written[u.line - 1]!.trim() } : u)).sort((a, b) => a.line - b.line),
        contacts: section.contacts,
        assumptions: section.builder.assumptions,
        line: section.line,
        statements: section.builder.statements,
        read: section.read,
        ...(section.kind ? { kind: section.kind } : {}),
      };
    });
}
