import type { OrganizationConfig } from "../contacts/schema";
import { arjeplog } from "./arjeplog";
import { deepFreeze } from "./deepFreeze";

/**
 * Arjeplogs kommun as on its page (SPEC §5): the visiting hours of `presets.arjeplog`,
 * Medborgarservice (own phone hours Monday–Friday 08.00–16.00, closed on public holidays
 * and work-free eves), the switchboard and the communications officer. The switchboard
 * and the officer give no hours of their own, so they follow the visiting hours.
 * A frozen plain object: copy it to change it.
 *
 * @example
 * createOrganization(presets.arjeplogKommun).contact("vaxel").phones[0].uri // => "tel:+4696114000"
 */
export const arjeplogKommun: OrganizationConfig = deepFreeze({
  name: "Arjeplogs kommun",
  timeZone: "Europe/Stockholm",
  hours: arjeplog,
  contacts: [
    {
      id: "medborgarservice",
      name: "Medborgarservice",
      phones: ["0961-144 44"],
      emails: ["kommun@arjeplog.se"],
      hours: {
        timeZone: "Europe/Stockholm",
        weekly: {
          mon: ["08:00-16:00"],
          tue: ["08:00-16:00"],
          wed: ["08:00-16:00"],
          thu: ["08:00-16:00"],
          fri: ["08:00-16:00"],
        },
        weeklyLabel: { sv: "Telefontid", en: "Phone hours" },
        dayKinds: { publicHoliday: { hours: [] }, workFreeEve: { hours: [] } },
      },
    },
    { id: "vaxel", name: "Växel", role: "Växel", phones: ["0961-140 00"] },
    {
      id: "kommunikator",
      name: "Kommunikatör",
      role: "Kommunikatör",
      person: { name: "Martin Stråmo", title: "Kommunikatör" },
      phones: [{ number: "070-206 52 98", type: "cell" }],
    },
  ],
});
