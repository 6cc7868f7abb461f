// Date and time in the office's timezone: "Senin, 23 November 2026 09.05 WIB".
import { t } from './i18n.js';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function parts(date, timeZone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const out = {};
  for (const part of format.formatToParts(date)) out[part.type] = part.value;
  return out;
}

export function formatDateTime(date, office) {
  const p = parts(date, office.timezone);
  const days = t('clock.days').split(',');
  const months = t('clock.months').split(',');
  return t('clock.dateTime', {
    weekday: days[weekdays.indexOf(p.weekday)],
    day: Number(p.day),
    month: months[Number(p.month) - 1],
    year: p.year,
    time: t('clock.time', { h: p.hour.padStart(2, '0'), m: p.minute }),
    zone: office.timezoneAbbreviation,
  });
}
