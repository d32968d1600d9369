// The free times of the demo catalogue that the booking loads book: every professional's calendar on
// Mondays, Fridays and weekends (which the demo calendars leave free), every two hours from 7 to 19
// Helsinki time, for 260 weeks from next Monday, in a fixed random order. Each booking is made by the
// demo teams' supervisor, who keeps every demo calendar, for a client of its own.
import { readFileSync } from 'node:fs';

export const bearer = (dataDir, persona) =>
  `Bearer ${readFileSync(`${dataDir}/tokens/${persona}.jwt`, 'utf8').trim()}`;

export async function freeTimes(url, dataDir) {
  const admin = { authorization: bearer(dataDir, 'administrator') };
  const supervisor = { authorization: bearer(dataDir, 'supervisor'), 'content-type': 'application/json' };
  const get = async (path) => (await fetch(url + path, { headers: admin })).json();

  const products = (await get('/api/v1/bookable-products')).items.filter((p) => p.channels.includes('PROFESSIONAL') && p.capacity === 1);
  const professionals = (await get('/api/v1/resources')).items.filter((r) => r.kind === 'PROFESSIONAL');
  const plans = professionals.map((resource) => ({
    resource,
    product: products.find((p) => resource.socialServiceIds.includes(p.socialServiceId)),
    headers: supervisor,
  })).filter((plan) => plan.product);

  const day = 24 * 3600 * 1000;
  const monday = new Date();
  monday.setUTCHours(12, 0, 0, 0);
  monday.setTime(monday.getTime() + ((8 - monday.getUTCDay()) % 7 || 7) * day);
  const helsinki = (date, hour) => {
    const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', timeZoneName: 'shortOffset' })
      .formatToParts(date).find((part) => part.type === 'timeZoneName').value === 'GMT+3' ? 3 : 2;
    const start = new Date(date);
    start.setUTCHours(hour - offset, 0, 0, 0);
    return start.toISOString();
  };
  const times = [];
  for (let week = 0; week < 260; week++) {
    for (const weekday of [0, 4, 5, 6]) {
      const date = new Date(monday.getTime() + (week * 7 + weekday) * day);
      for (let hour = 7; hour <= 19; hour += 2) {
        const start = helsinki(date, hour);
        for (const plan of plans) times.push({ plan, start });
      }
    }
  }
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = times.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [times[i], times[j]] = [times[j], times[i]];
  }
  return { plans, times };
}

/** The body of a booking of one free time for a new client. */
export const bookingOf = ({ plan, start }, client) => JSON.stringify({
  resourceId: plan.resource.id, productId: plan.product.id, contactMode: plan.product.contactModes[0], start, client,
});
