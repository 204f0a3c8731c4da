// The random-year calendar workload of CalendarYearBenchmarks, run on a published JavaScript business-hours library
// (moment-business-time with moment-timezone), for the side-by-side table in docs/benchmarks.md:
// Mon–Fri 09:00–17:00 America/Los_Angeles with the 2026 US federal holidays; 10,000 starts uniform over 2026; each adds
// a uniform 30 minutes to 40 business hours (whole minutes), then measures the working time back.
// Run: cd benchmarks/peers/js && npm ci && node year-workload.js
'use strict';
const moment = require('moment-timezone');
require('moment-business-time');

moment.updateLocale('en', {
  workinghours: { 0: null, 1: ['09:00:00', '17:00:00'], 2: ['09:00:00', '17:00:00'], 3: ['09:00:00', '17:00:00'],
    4: ['09:00:00', '17:00:00'], 5: ['09:00:00', '17:00:00'], 6: null },
  holidays: ['2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07',
    '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25', '2027-01-01'],
});

// A small seeded generator (mulberry32) so every run measures the same 10,000 calls.
function mulberry32(seed) {
  return function next() {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20260101);
const yearStart = Date.UTC(2026, 0, 1);
const yearMs = 365 * 24 * 3600 * 1000;
const calls = 10000;
const starts = Array.from({ length: calls }, () => moment.tz(yearStart + Math.floor(random() * yearMs), 'America/Los_Angeles'));
const minutes = Array.from({ length: calls }, () => 30 + Math.floor(random() * (40 * 60 - 30)));

function time(label, body) {
  const perCall = [];
  for (let round = 0; round < 7; round++) {
    const t0 = process.hrtime.bigint();
    body();
    perCall.push(Number(process.hrtime.bigint() - t0) / calls);
  }
  perCall.sort((a, b) => a - b);
  console.log(`${label}: median ${perCall[3].toFixed(0)} ns per call (7 rounds of ${calls})`);
}

let ends = [];
time('addWorkingTime', () => { ends = starts.map((s, i) => s.clone().addWorkingTime(minutes[i], 'minutes')); });
time('workingDiff', () => { let sum = 0; for (let i = 0; i < calls; i++) sum += ends[i].workingDiff(starts[i], 'minutes'); return sum; });
console.log(`node ${process.version}, moment ${moment.version}, moment-timezone ${moment.tz.version}`);
