/*
 * Hours blocks as Swedish municipal pages write them (issue #10 item 5), each read with
 * parseHoursText and run through createSchedule. The expected hours are written from the
 * calendar (an almanac), never from the code: for 2026 Easter Sunday is 5 April (skärtorsdag
 * 2 April, långfredag 3 April, annandag påsk Monday 6 April), Kristi himmelsfärd Thursday
 * 14 May (klämdag Friday 15 May), midsommarafton Friday 19 June, allhelgonaafton Friday
 * 30 October, julafton Thursday 24 December, nyårsafton Thursday 31 December; for 2027 Easter
 * is 28 March (skärtorsdag 25 March), Kristi himmelsfärd 6 May (klämdag Friday 7 May),
 * midsommarafton Friday 25 June, julafton and nyårsafton Fridays. ISO weeks: 15 June 2026 is
 * Monday of week 25; 6 July 2026 Monday of week 28; 10 August 2026 Monday of week 33.
 */
import { describe, expect, it } from "vitest";
import { createSchedule, parseHoursText, type ScheduleConfig } from "../src/index";

interface Block {
  readonly name: string;
  readonly text: string;
  readonly year?: number;
  /** Date → the day's intervals, "HH:MM-HH:MM" (past midnight as "25:30"); [] = closed. */
  readonly hours: Record<string, string[]>;
  /** Line numbers that must come back unread (none when left out). */
  readonly unread?: number[];
}

function hoursOn(config: ScheduleConfig, date: string): string[] {
  return createSchedule(config)
    .day(date)
    .intervals.map((i) => `${i.from}-${i.to}`);
}

function check(block: Block) {
  const result = parseHoursText(block.text, { year: block.year ?? 2026 });
  expect(
    result.unread.map((u) => u.line),
    JSON.stringify(result.unread, null, 1),
  ).toEqual(block.unread ?? []);
  for (const [date, expected] of Object.entries(block.hours)) {
    expect(hoursOn(result.config as ScheduleConfig, date), `${block.name}: ${date}\n${JSON.stringify(result.config)}`).toEqual(expected);
  }
  return result;
}

const OFFICE = ["08:00-12:00", "13:00-16:30"];

const BLOCKS: Block[] = [
  {
    name: "kommunhus with a lunch break and a clip before red days",
    text: `Kommunhuset
Öppettider
Måndag–fredag 08.00–16.30
Lunchstängt 12.00–13.00
Dag före röd dag stänger kl. 12.00`,
    hours: {
      "2026-03-02": OFFICE, // a Monday
      "2026-04-30": ["08:00-12:00"], // Thursday before Första maj: the usual hours cut at 12
      "2026-05-01": [], // Första maj: a weekday office is closed on red days
      "2026-12-23": OFFICE, // day before julafton, which is no public holiday: the usual hours
      "2026-12-24": [], // julafton
      "2026-07-04": [], // a Saturday
    },
  },
  {
    name: "library with Sunday hours, a dated summer and named days",
    text: `Biblioteket

Ordinarie öppettider
Måndag–torsdag kl. 10–19
Fredag kl. 10–18
Lördag kl. 10–16
Söndag kl. 12–16

Sommaröppet 27 juni – 21 augusti
Måndag–fredag kl. 10–18
Lördag–söndag stängt

Avvikande öppettider
Skärtorsdag 10–16
Långfredagen, påskafton, påskdagen och annandag påsk stängt
Midsommarafton stängt
Julafton, juldagen och annandag jul stängt
Nyårsafton 10–14`,
    hours: {
      "2026-04-02": ["10:00-16:00"], // skärtorsdagen
      "2026-04-03": [], // långfredagen
      "2026-04-06": [], // annandag påsk
      "2026-07-01": ["10:00-18:00"], // a Wednesday in the summer
      "2026-07-04": [], // a Saturday in the summer
      "2026-08-22": ["10:00-16:00"], // the Saturday after the summer
      "2026-06-19": [], // midsommarafton
      "2026-12-31": ["10:00-14:00"], // nyårsafton
      "2027-03-25": ["10:00-16:00"], // skärtorsdagen 2027
      "2026-06-26": ["10:00-18:00"], // Friday 26 June, the day before the summer: a regular Friday
    },
  },
  {
    name: "socialjour with nights past midnight and the eves extended",
    text: `Socialjouren
Telefontid:
Söndag till torsdag 16.30–00.00
Fredag till lördag 16.00–01.30
Julafton och nyårsafton 08.00–01.30`,
    hours: {
      "2026-12-23": ["16:30-24:00"], // a Wednesday
      "2026-12-24": ["08:00-25:30"], // julafton
      "2026-12-25": ["16:00-25:30"], // juldagen is a Friday: open on weekends, so holidays keep the weekly hours
      "2026-12-31": ["08:00-25:30"],
      "2027-01-03": ["16:30-24:00"], // a Sunday
    },
  },
  {
    name: "återvinningscentral open on red days",
    text: `Återvinningscentralen
Måndag–fredag: 07–18.
Lördag: 09–16.
Söndag: 10–16.
Röda dagar: 10–16.
Ej öppet: julafton, juldagen, annandag jul, nyårsafton, nyårsdagen, påskafton, midsommarafton och midsommardagen.`,
    hours: {
      "2026-03-03": ["07:00-18:00"],
      "2026-05-01": ["10:00-16:00"], // Första maj, a Friday
      "2026-05-14": ["10:00-16:00"], // Kristi himmelsfärdsdag, a Thursday
      "2026-04-03": ["10:00-16:00"], // långfredagen
      "2026-04-04": [], // påskafton
      "2026-06-06": ["10:00-16:00"], // nationaldagen, a Saturday
      "2026-12-24": [],
      "2026-12-25": [],
    },
  },
  {
    name: "återvinningscentral: days before a holiday by weekday",
    text: `Kretsloppsparken
Måndag och onsdag 12.00–19.00
Torsdag 07.00–15.00
Lördag 09.00–14.00
Måndag/onsdag före helgdag öppet kl. 12–16
Helgdagar stängt`,
    hours: {
      "2026-04-30": ["07:00-15:00"], // Thursday before Första maj: the rule names Monday and Wednesday only
      "2026-05-13": ["12:00-16:00"], // Wednesday before Kristi himmelsfärd
      "2026-01-05": ["12:00-16:00"], // Monday before trettondedag jul
      "2026-05-14": [], // Kristi himmelsfärdsdag
      "2026-03-04": ["12:00-19:00"],
    },
  },
  {
    name: "kontaktcenter with phone and e-mail lines",
    text: `Kontaktcenter
Telefon: 0123-456 00
E-post: kontaktcenter@exempel.se
Vardagar 08.00–17.00
Lunch 12–13
Dag före röd dag 08.00–12.00
Klämdag 08.00–12.00`,
    hours: {
      "2026-03-03": ["08:00-12:00", "13:00-17:00"],
      "2026-05-13": ["08:00-12:00"], // day before Kristi himmelsfärd
      "2026-05-15": ["08:00-12:00"], // klämdag
      "2026-01-05": ["08:00-12:00"], // klämdag and day before trettondedag jul
      "2026-12-23": ["08:00-12:00", "13:00-17:00"], // day before an eve is not a day before a red day
      "2026-12-24": [],
    },
  },
  {
    name: "a table flattened without spaces",
    text: `Öppettider
Måndag08.00-16.00
Tisdag08.00-16.00
Onsdag08.00-18.00
Torsdag08.00-16.00
Fredag08.00-14.00
LördagStängt
SöndagStängt`,
    hours: {
      "2026-03-04": ["08:00-18:00"],
      "2026-03-06": ["08:00-14:00"],
      "2026-03-07": [],
      "2026-04-06": [], // annandag påsk
    },
  },
  {
    name: "simhall with two-line heading, red days and closed holidays",
    text: `Simhallen
Allmänt bad
Mån, ons, fre 06.30–08.00 och 16.00–20.00
Tis, tors 16.00–20.00
Lör–sön 10.00–15.00
Röda dagar 10.00–14.00
Julafton, juldagen, nyårsafton och nyårsdagen stängt
Midsommarafton och midsommardagen stängt`,
    hours: {
      "2026-03-02": ["06:30-08:00", "16:00-20:00"],
      "2026-03-03": ["16:00-20:00"],
      "2026-03-07": ["10:00-15:00"],
      "2026-04-03": ["10:00-14:00"], // långfredagen
      "2026-04-06": ["10:00-14:00"], // annandag påsk
      "2026-12-24": [],
      "2026-12-26": ["10:00-14:00"], // annandag jul, a Saturday: a red day
      "2026-06-06": ["10:00-14:00"], // nationaldagen
      "2026-06-20": [], // midsommardagen
    },
  },
  {
    name: "turistbyrå with week ranges written two ways",
    text: `Turistbyrån
Måndag–fredag 10–17
Lördag 10–14
v. 28 – v. 31 lördag stängt
Vecka 24–33 söndag 11–15`,
    hours: {
      "2026-07-11": [], // Saturday of week 28
      "2026-07-04": ["10:00-14:00"], // Saturday of week 27
      "2026-07-12": ["11:00-15:00"], // Sunday of week 28
      "2026-06-07": [], // Sunday of week 23
      "2026-08-16": ["11:00-15:00"], // Sunday of week 33
      "2026-08-23": [], // Sunday of week 34
      "2026-05-14": ["10:00-17:00"], // open on Saturdays: holidays keep the weekly hours
    },
  },
  {
    name: "mobile library on odd and even weeks",
    text: `Bokbussen
Udda veckor: tisdag 14–18
Jämna veckor: torsdag 10–13`,
    hours: {
      "2026-03-03": [], // Tuesday of week 10 (even)
      "2026-03-10": ["14:00-18:00"], // Tuesday of week 11 (odd)
      "2026-03-05": ["10:00-13:00"], // Thursday of week 10
      "2026-03-12": [], // Thursday of week 11
      "2027-01-05": ["14:00-18:00"], // Tuesday of week 1 (odd)
      "2026-12-29": ["14:00-18:00"], // Tuesday of week 53 (odd)
    },
  },
  {
    name: "city library with a dated summer",
    text: `Stadsbiblioteket
Mån–tor 10–20
Fre 10–18
Lör 11–16
Sön 12–15
10 juni–16 augusti:
Mån–tor 12–19
Fre 12–18
Lör–sön Stängt`,
    hours: {
      "2026-06-09": ["10:00-20:00"],
      "2026-06-10": ["12:00-19:00"],
      "2026-06-13": [],
      "2026-08-16": [],
      "2026-08-17": ["10:00-20:00"],
      "2027-06-10": ["12:00-19:00"],
    },
  },
  {
    name: "youth centre with winter and summer seasons",
    text: `Fritidsgården
Vintertid 1 sept – 31 maj
Tisdag–torsdag 15–21
Fredag 15–23

Sommartid 1 juni – 31 augusti
Tisdag–torsdag 17–22`,
    hours: {
      "2026-01-13": ["15:00-21:00"],
      "2026-01-16": ["15:00-23:00"],
      "2026-06-16": ["17:00-22:00"],
      "2026-06-12": [], // a Friday in the summer
      "2026-09-01": ["15:00-21:00"],
      "2026-05-14": [], // Kristi himmelsfärdsdag: no weekend hours, so red days are closed
      "2026-05-13": ["15:00-21:00"],
    },
  },
  {
    name: "office with named eves",
    text: `Medborgarkontoret
Måndag–fredag 08.00–16.00
Skärtorsdag 08.00–12.00
Valborgsmässoafton 08.00–12.00
Trettondagsafton stängt`,
    hours: {
      "2026-04-02": ["08:00-12:00"],
      "2027-03-25": ["08:00-12:00"],
      "2026-04-30": ["08:00-12:00"],
      "2027-04-30": ["08:00-12:00"],
      "2026-01-05": [], // trettondagsafton (also a klämdag)
      "2027-01-05": [],
      "2026-04-03": [], // långfredagen
      "2026-03-03": ["08:00-16:00"],
    },
  },
  {
    name: "deviations with a year in the heading",
    text: `Biblioteket i Ön
Måndag–fredag 10–18
Lördag 10–14

Avvikande öppettider 2026
Onsdag 23 december kl. 10–15
24–26 december stängt
Onsdag 30 december 10–15
31 december – 1 januari stängt
Tisdag 5 januari 2027 10–15`,
    year: 2025,
    hours: {
      "2026-12-23": ["10:00-15:00"],
      "2026-12-24": [],
      "2026-12-26": [],
      "2026-12-28": ["10:00-18:00"],
      "2026-12-30": ["10:00-15:00"],
      "2026-12-31": [],
      "2027-01-01": [],
      "2027-01-02": ["10:00-14:00"],
      "2027-01-05": ["10:00-15:00"],
    },
  },
  {
    name: "one-off dates take the year of the options",
    text: `Kundtjänst
Vardagar 9–16
23/12 9–12
30.12 9–12`,
    year: 2027,
    hours: {
      "2027-12-23": ["09:00-12:00"],
      "2027-12-30": ["09:00-12:00"],
      "2027-12-22": ["09:00-16:00"],
      "2027-12-24": [],
    },
  },
  {
    name: "naturum open every day with named eves",
    text: `Naturum
Alla dagar kl. 10–16
Midsommarafton 10–14
Julafton och nyårsafton stängt`,
    hours: {
      "2026-06-19": ["10:00-14:00"],
      "2026-06-20": ["10:00-16:00"],
      "2026-12-24": [],
      "2026-12-25": ["10:00-16:00"],
      "2026-12-31": [],
    },
  },
  {
    name: "clips on the day before an eve and on nyårsafton",
    text: `Vårdcentralen
Vardagar 08.00–17.00
Dag före afton stänger kl. 13.00
Nyårsafton stänger kl. 12.00`,
    hours: {
      "2026-12-31": ["08:00-12:00"], // the usual Thursday hours until 12
      "2027-12-31": ["08:00-12:00"],
      "2026-12-24": [], // julafton: closed (no weekend hours)
      "2026-12-23": ["08:00-13:00"],
      "2027-06-24": ["08:00-13:00"], // the Thursday before midsommarafton 2027
      "2026-06-19": [],
    },
  },
  {
    name: "kontaktcenter closed at two gaps a day",
    text: `Kontaktcenter i stadshuset
Öppet måndag till fredag klockan 8.00–16.30
Stängt klockan 9.30–10.00 och 12.00–12.45`,
    hours: {
      "2026-03-02": ["08:00-09:30", "10:00-12:00", "12:45-16:30"],
      "2026-03-07": [],
    },
  },
  {
    name: "fältassistenter from Sunday to Thursday and nights at weekends",
    text: `Fältassistenterna
Sön–tor 18–23
Fre–lör 18–02`,
    hours: {
      "2026-03-01": ["18:00-23:00"],
      "2026-03-05": ["18:00-23:00"],
      "2026-03-06": ["18:00-26:00"],
      "2026-03-07": ["18:00-26:00"],
    },
  },
  {
    name: "service office closed on bridge days",
    text: `Servicekontoret
Måndag–torsdag 8–16
Fredag 8–14
Klämdag stängt
Dag före röd dag 8–12`,
    hours: {
      "2026-05-15": [],
      "2027-05-07": [],
      "2026-05-13": ["08:00-12:00"],
      "2026-01-05": [], // klämdag before day before red day
      "2026-06-05": ["08:00-12:00"], // Friday before nationaldagen (a Saturday)
      "2026-10-30": ["08:00-12:00"], // allhelgonaafton, before alla helgons dag
      "2026-12-30": ["08:00-16:00"], // the day before nyårsafton is no day before a red day
    },
  },
  {
    name: "youth clinic closed for summer weeks",
    text: `Ungdomsmottagningen
Måndag och onsdag 13–17
Torsdag 13–19
Sommarstängt vecka 28–31`,
    hours: {
      "2026-07-08": [], // Wednesday of week 28
      "2026-07-01": ["13:00-17:00"], // week 27
      "2026-07-30": [], // Thursday of week 31
      "2026-08-03": ["13:00-17:00"], // week 32
    },
  },
  {
    name: "återvinningsgård with red days Monday to Saturday",
    text: `Återvinningsgården
Måndag, tisdag, onsdag, fredag: 07–16.
Torsdag: 07–18.
Lördag: 09–16.
Söndag: Stängt.
Röda dagar måndag–lördag: 10–16.
Ej öppet: julafton, juldagen, annandag jul, nyårsafton, nyårsdagen, påskafton, midsommarafton och midsommardagen.`,
    hours: {
      "2026-04-06": ["10:00-16:00"], // annandag påsk, a Monday
      "2026-05-24": [], // pingstdagen, a Sunday
      "2026-06-06": ["10:00-16:00"], // nationaldagen, a Saturday
      "2026-12-26": [], // annandag jul
      "2026-05-14": ["10:00-16:00"],
      "2026-04-04": [],
      "2026-03-05": ["07:00-18:00"],
    },
  },
  {
    name: "service centre opening late on bridge days",
    text: `Servicecenter
Måndag–fredag 07.30–17.00
Dag före helgdag 07.30–14.00
Klämdag öppnar kl. 10.00`,
    hours: {
      "2026-05-15": ["10:00-17:00"],
      "2027-05-07": ["10:00-17:00"],
      "2026-05-13": ["07:30-14:00"],
      "2026-04-02": ["07:30-14:00"], // skärtorsdagen is the day before långfredagen
    },
  },
  {
    name: "bathing place open every day in summer weeks",
    text: `Badplatsen Sjövik
v.26-32 alla dagar 10-18`,
    hours: {
      "2026-06-19": [], // week 25
      "2026-06-26": ["10:00-18:00"], // week 26
      "2027-06-25": [], // midsommarafton 2027, week 25
      "2026-08-09": ["10:00-18:00"], // Sunday of week 32
      "2026-08-10": [], // week 33
    },
  },
  {
    name: "socialjour phone hours as a bulleted list",
    text: `Telefontid:
 • Måndag till torsdag klockan 16 – 24
 • Fredag klockan 14.30 – 01
 • Lördag klockan 13.30 – 01
 • Söndag klockan 13.30 – 24`,
    hours: {
      "2026-03-02": ["16:00-24:00"],
      "2026-03-06": ["14:30-25:00"],
      "2026-03-07": ["13:30-25:00"],
      "2026-03-08": ["13:30-24:00"],
    },
  },
  {
    name: "round the clock",
    text: `Jourcentralen
Öppet dygnet runt alla dagar`,
    hours: {
      "2026-12-24": ["00:00-24:00"],
      "2026-03-29": ["00:00-24:00"],
    },
  },
  {
    name: "Finnish-Swedish numeric dates",
    text: `Stadsbiblioteket
Måndag–fredag 9–20
Lördag 10–16
1.6–31.8: lördagar: stängt.`,
    hours: {
      "2026-06-06": [],
      "2026-05-30": ["10:00-16:00"],
      "2026-09-05": ["10:00-16:00"],
      "2026-06-08": ["09:00-20:00"],
    },
  },
  {
    name: "museum with fr.o.m. … t.o.m.",
    text: `Museet
Tisdag–söndag 11–17
Fr.o.m. 1 juni t.o.m. 31 augusti alla dagar 10–18`,
    hours: {
      "2026-06-01": ["10:00-18:00"],
      "2026-05-31": ["11:00-17:00"],
      "2026-05-25": [],
      "2026-08-31": ["10:00-18:00"],
    },
  },
  {
    name: "two sentences on one line",
    text: `Återvinningscentralen Norr
Tisdag och torsdag 13.00–19.00. Helgdagar stängt.
Lördag 10–14`,
    hours: {
      "2026-05-14": [], // Kristi himmelsfärdsdag
      "2026-05-12": ["13:00-19:00"],
      "2026-05-16": ["10:00-14:00"],
    },
  },
  {
    name: "one-off dates with a weekday and notes",
    text: `Biblioteket
Måndag–fredag 10–19
Lördag 10–15
Avvikelser
Tisdag 10 mars, onsdag 11 mars och torsdag 12 mars kl. 10–16, på grund av studieresa.
Fredag 15 maj – söndag 17 maj, stängt (inventering)`,
    hours: {
      "2026-03-10": ["10:00-16:00"],
      "2026-03-12": ["10:00-16:00"],
      "2026-03-13": ["10:00-19:00"],
      "2026-05-15": [],
      "2026-05-16": [],
      "2026-05-18": ["10:00-19:00"],
    },
  },
  {
    name: "a named day and its date",
    text: `Biblioteket
Måndag–lördag 10–16
Torsdag 2 april, Skärtorsdag kl. 10–14.
Måndag 6 april, annandag påsk, stängt.`,
    hours: {
      "2026-04-02": ["10:00-14:00"],
      "2026-04-06": [],
      "2026-04-07": ["10:00-16:00"],
    },
  },
  {
    name: "a page flattened with a blank line between every line",
    text: `Sommarbiblioteket

Vardagar 10–18

Lördag 10–14

15 juni–15 augusti:

Mån–tor 12–18

Fre 12–16

Lör–sön stängt

Avvikande öppettider:

Midsommarafton stängt`,
    hours: {
      "2026-06-12": ["10:00-18:00"], // the Friday before the period
      "2026-06-19": [], // midsommarafton
      "2026-06-26": ["12:00-16:00"], // a Friday in the period
      "2026-06-27": [], // a Saturday in the period
      "2026-07-01": ["12:00-18:00"],
      "2026-08-22": ["10:00-14:00"], // the Saturday after it
      "2026-05-14": [], // Kristi himmelsfärdsdag: a red day, like a Sunday, and the library is closed on Sundays
    },
  },
  {
    name: "regular hours after a summer block, with no heading between",
    text: `Sommaröppet 27 juni – 21 augusti
Mån–fre 10–18

Mån–tor 10–19
Fre 10–18
Lör 10–14`,
    hours: {
      "2026-07-01": ["10:00-18:00"],
      "2026-06-24": ["10:00-19:00"],
      "2026-06-26": ["10:00-18:00"],
      "2026-07-04": ["10:00-14:00"], // the summer block says nothing of Saturdays
    },
  },
  {
    name: "the seed's footer block",
    text: `Öppettider
Måndag-torsdag
08.00-12.00 och 13.00-16.00

Fredag
08.00-12.00 och 13.00-15.00

Vecka 25-32 måndag-fredag
09.00-12.00 och 13.00-15.00

Dag före afton
08.00-12.00
Dag före röd dag
08.00-12.00
Klämdag
10.00-12.00`,
    hours: {
      "2026-03-02": ["08:00-12:00", "13:00-16:00"],
      "2026-03-06": ["08:00-12:00", "13:00-15:00"],
      "2026-06-18": ["08:00-12:00"], // day before midsommarafton, in week 25
      "2026-06-22": ["09:00-12:00", "13:00-15:00"], // week 26
      "2026-05-15": ["10:00-12:00"],
      "2026-12-24": [],
    },
  },
];

const UNREAD_BLOCKS: Block[] = [
  {
    name: "vissa helgdagar",
    text: `Måndag–fredag 8–16
Vissa helgdagar stängt`,
    hours: { "2026-03-03": ["08:00-16:00"] },
    unread: [2],
  },
  {
    name: "efter midsommar, and the lines under it",
    text: `Måndag–fredag 9–15
Efter midsommar:
Måndag–fredag 10–14`,
    hours: { "2026-07-01": ["09:00-15:00"] },
    unread: [2, 3],
  },
  {
    name: "vid behov",
    text: `Måndag–torsdag 8–16
Fredag vid behov`,
    hours: { "2026-03-06": [] },
    unread: [2],
  },
  {
    name: "enligt överenskommelse",
    text: `Tisdagar 13–16
Övriga tider enligt överenskommelse`,
    hours: { "2026-03-03": ["13:00-16:00"], "2026-03-04": [] },
    unread: [2],
  },
  {
    name: "dates or times",
    text: `Måndag–fredag 9–17
10.11-16.12`,
    hours: {},
    unread: [2],
  },
  {
    // An open end that is no date or week says nothing certain, nor do the lines under it.
    name: "an open-ended period from a holiday, not a date",
    text: `Från och med midsommar:
Mån–fre 9–15`,
    hours: { "2026-07-01": [] },
    unread: [1, 2],
  },
  {
    // "endast" limits a period's weekdays; without a period it is not read.
    name: "endast without a period",
    text: `Endast 9–11`,
    hours: { "2026-07-01": [] },
    unread: [1],
  },
  {
    // 27–30 December have no names: a range of named days cannot say them.
    name: "a named-day range with unnamed days between",
    text: `Alla dagar 10–16
Julafton–nyårsdagen stängt`,
    hours: { "2026-12-28": ["10:00-16:00"] },
    unread: [2],
  },
  {
    // A year the text gives is never moved: the weekday is wrong for it.
    name: "a weekday that is not the date's in the heading's year",
    text: `Avvikande öppettider 2027
Lördag 24 december 10–12`,
    hours: { "2027-12-24": [] },
    unread: [2],
  },
  {
    // Since issue 18 the nearest year where 23 December is a Friday (2022) is taken, in the assumptions.
    name: "a weekday that is not the date's in options.year",
    text: `Måndag–fredag 10–18
Fredag 23 december kl. 10–16`,
    hours: { "2026-12-23": ["10:00-18:00"], "2022-12-23": ["10:00-16:00"] },
    unread: [],
  },
  {
    name: "helgdagsafton, two readings",
    text: `Mån–fre 8–17
Helgdagsafton 8–13`,
    hours: {},
    unread: [2],
  },
  {
    name: "one weekday given two hours",
    text: `Måndag 8–16
Måndag 9–15`,
    hours: { "2026-03-02": ["08:00-16:00"] },
    unread: [2],
  },
  {
    name: "holiday seasons and mellandagarna",
    text: `Vardagar 8–16
Julhelgen stängt
Mellandagarna 10–14`,
    hours: { "2026-12-28": ["08:00-16:00"] },
    unread: [2, 3],
  },
  {
    name: "a season without dates",
    text: `Sommartid
Måndag–fredag 8–15`,
    hours: { "2026-07-01": [] },
    unread: [1, 2],
  },
  {
    name: "a rule for red days under a period",
    text: `Bjurvattnets återvinningscentral
Vecka 19–25 samt 34–39
Tisdag 13.00–19.00
Torsdag 13.00–19.00
Tisdag/torsdag före helgdag öppet kl 13–16. Helgdagar stängt.`,
    hours: {
      "2026-05-05": ["13:00-19:00"], // Tuesday of week 19
      "2026-04-30": [], // week 18
      "2026-05-14": [], // Kristi himmelsfärdsdag
      "2026-09-01": ["13:00-19:00"], // Tuesday of week 36
      "2026-10-06": [], // week 41
    },
    unread: [5, 5],
  },
  {
    // Read since issue 18: an open start is 1 January of the text's year.
    name: "a period that only says where it ends, and the lines under it",
    text: `Till och med 9 juni:
Mån–fre 10–20

10 juni – 16 augusti:
Mån–fre 12–18`,
    hours: { "2026-06-15": ["12:00-18:00"], "2026-06-08": ["10:00-20:00"], "2026-01-02": ["10:00-20:00"] },
    unread: [],
  },
  {
    name: "a lunch break outside the hours",
    text: `Måndag–fredag 13–17
Lunchstängt 11.30–12.30`,
    hours: { "2026-03-02": ["13:00-17:00"] },
    unread: [2],
  },
  {
    name: "dag före helg, two readings",
    text: `Måndag–torsdag 10–19
Dag före helg 10–15`,
    hours: {},
    unread: [2],
  },
  {
    name: "approximate times",
    text: `Lördag ca kl. 10–14`,
    hours: {},
    unread: [1],
  },
  {
    name: "hours without days",
    text: `Öppettider
10–16`,
    hours: {},
    unread: [2],
  },
];

describe("hours blocks as municipal pages write them", () => {
  it("has at least 30 blocks", () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(30);
  });
  for (const block of BLOCKS) {
    it(block.name, () => {
      check(block);
    });
  }
});

describe("blocks that must come back with unread lines", () => {
  for (const block of UNREAD_BLOCKS) {
    it(block.name, () => {
      const result = check(block);
      for (const unread of result.unread) {
        expect(unread.reason.length).toBeGreaterThan(0);
        expect(block.text.split("\n")[unread.line - 1]).toContain(unread.text.split(" / ")[0]!.slice(0, 8));
      }
    });
  }

  it("gives both readings of a line that can be read two ways", () => {
    const { unread } = parseHoursText("10.11-16.12", { year: 2026 });
    expect(unread).toHaveLength(1);
    expect(unread[0]!.reason).toContain("10 november–16 december");
    expect(unread[0]!.reason).toContain("10.11–16.12");
  });
});
