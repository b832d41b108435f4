// Synthetic feed v1 generator, for tests and benchmarks: a valid document of any size, clearly
// not a real event ("Speaker 123", "Organization 45"), deterministic for a given seed.
//
//   npm run feed:synth -- --sessions 5000 [--seed 1] [--days D] [--out path] [--pretty]
//   import { synthesizeFeed } from './scripts/feed-synth.mjs';   // Node or a browser
//
// The module has no top-level Node imports, so a browser (a benchmark page, a test) can import
// it; the file is only written when it runs as a script.

const TIME_ZONE = 'Europe/Zurich';
/** The programme is centred on the night Europe/Zurich moves from +01:00 to +02:00. */
const DST_DAY = Date.UTC(2021, 2, 28);
const DAY_MS = 86400000;

/** Small seeded PRNG (mulberry32): same seed, same sequence, in every engine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let partsFormat;
/** Offset of TIME_ZONE from UTC at the instant `ms`, in minutes. */
function offsetMinutes(ms) {
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const p = Object.fromEntries(partsFormat.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(ms / 60000) * 60000) / 60000;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDate = (utcMidnight) => new Date(utcMidnight).toISOString().slice(0, 10);

/**
 * "YYYY-MM-DDTHH:MM:00±hh:mm" for a wall-clock time in TIME_ZONE on the day `utcMidnight`
 * (a Date.UTC value), `minutes` after midnight. Times in the spring-forward gap do not occur
 * here: sessions start at 08:00 at the earliest.
 */
function zonedDateTime(utcMidnight, minutes) {
  const wall = utcMidnight + minutes * 60000;
  let off = offsetMinutes(wall - 60 * 60000);
  const again = offsetMinutes(wall - off * 60000);
  if (again !== off) off = again;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${isoDate(utcMidnight)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOCATIONS = [
  { name: 'Online (Zoom)', format: 'online' },
  { name: { en: 'Plenary Hall', fr: 'Salle plénière', es: 'Sala plenaria' }, format: 'hybrid' },
  { name: 'Room 1', format: 'in-person' },
  { name: 'Room 2', format: 'in-person' },
  { name: 'Room 3', format: 'hybrid' },
  { name: 'Room 4', format: 'in-person' },
  { name: 'Room 5', format: 'in-person' },
  { name: { en: 'Conference Room A', fr: 'Salle de conférence A' }, format: 'hybrid' },
  { name: { en: 'Conference Room B', fr: 'Salle de conférence B' }, format: 'in-person' },
  { name: 'Café Numérique', format: 'in-person' },
  { name: 'Studio (livestream)', format: 'online' },
  { name: 'Synthetic Annex, Level -1', format: 'in-person' },
];

const SESSION_TYPES = [
  { id: 'high-level-policy', name: { en: 'High-Level Policy Session', fr: 'Session d’orientation de haut niveau', es: 'Sesión de política de alto nivel' } },
  { id: 'workshop', name: { en: 'Workshop', fr: 'Atelier', es: 'Taller', ar: 'ورشة عمل', ru: 'Семинар-практикум', zh: '讲习班' } },
  { id: 'talkx', name: 'TalkX' },
  { id: 'interview', name: { en: 'Interview', fr: 'Entretien', es: 'Entrevista' } },
  { id: 'hackathon', name: { en: 'Hackathon', es: 'Hackatón' } },
  { id: 'ministerial-round-table', name: { en: 'Ministerial Round Table', fr: 'Table ronde ministérielle' } },
  { id: 'ceremony', name: { en: 'Ceremony', fr: 'Cérémonie', es: 'Ceremonia' } },
];

const TRACKS = [
  ['track-a', 'Synthetic Track A: Connectivity', '#0057b8'],
  ['track-b', 'Synthetic Track B: Security', '#b3261e'],
  ['track-c', 'Synthetic Track C: Inclusion', '#7a2e8e'],
  ['track-d', 'Synthetic Track D: Youth', '#0f7038'],
  ['track-e', 'Synthetic Track E: Ageing', '#9a4a00'],
  ['track-f', 'Synthetic Track F: Well-being', '#00707f'],
  ['track-g', 'Synthetic Track G: Start-ups', '#4f46c8'],
  ['track-h', 'Synthetic Track H: Culture', '#66590a'],
];

// Title parts. Some carry accents (é, ñ, ü, ç) so that search can be tested with and without them.
const TOPICS = [
  'Digital Inclusion',
  'Résilience numérique',
  'Conectividad rural y señales comunitarias',
  'Open Data for Cities',
  'Éducation ouverte',
  'Cybersecurity Basics',
  'Año de la inclusión digital',
  'Café des réseaux',
  'Accessible Design',
  'Niños y niñas en línea',
  'Green Networks',
  'Zürich Smart Grid Pilot',
  'Small Island Connectivity',
  'Façades and Fibre',
  'Data Protection by Design',
  'Mañana: Future Skills',
];
const ANGLES = [
  ['lessons learned', 'leçons apprises'],
  ['a panel', 'table ronde'],
  ['state of play', 'état des lieux'],
  ['tools and methods', 'outils et méthodes'],
  ['what comes next', 'et après ?'],
  ['case studies', 'études de cas'],
  ['open questions', 'questions ouvertes'],
  ['a hands-on session', 'séance pratique'],
];

const SENTENCES = [
  'This synthetic session exists to exercise the widgets with realistic amounts of text.',
  'Speakers compare approaches from several regions and stakeholder groups.',
  'The discussion covers policy, infrastructure and the skills people need to use them.',
  'Participants are invited to ask questions throughout.',
  'The session closes with a short summary of next steps.',
  'Material shared during the session is published afterwards.',
  'No real event, person or organisation is described here.',
  'Examples range from small pilots to national programmes.',
];

const ACTION_LINES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11'];
const ROLES = ['Minister', 'Director', 'Researcher', 'Professor', 'Founder', 'Policy Adviser', 'Engineer', 'Student'];
const COUNTRIES = ['CH', 'FR', 'ES', 'BR', 'KE', 'IN', 'JP', 'EG', 'CA', 'AU', 'NG', 'MX', 'RU', 'CN', 'AE', 'FJ'];
const LANGUAGE_SETS = [['en'], ['en'], ['en'], ['en', 'fr'], ['en', 'es'], ['ar', 'en', 'es', 'fr', 'ru', 'zh']];

/**
 * Builds a synthetic but valid feed v1 document.
 * @param {{sessions?: number, seed?: number, days?: number, rooms?: number}} [options]
 *   sessions: how many (default 1000); seed: PRNG seed (default 1); rooms: how many locations the
 *   sessions are spread over (default 12, 1 to 40; more than 12 adds "Synthetic Room 13"…);
 *   days: how many calendar days
 *   the programme spans (default: about 40 sessions a day, at least 2 days). The days are centred
 *   on 28 March 2021, so any programme of two days or more crosses the change from +01:00 to
 *   +02:00 (and one of more than about 420 days crosses an October change back too).
 */
export function synthesizeFeed({ sessions = 1000, seed = 1, days, rooms = LOCATIONS.length } = {}) {
  if (!Number.isInteger(sessions) || sessions < 0) throw new RangeError(`sessions must be an integer ≥ 0, got ${sessions}`);
  if (!Number.isInteger(rooms) || rooms < 1 || rooms > 40) throw new RangeError(`rooms must be an integer from 1 to 40, got ${rooms}`);
  const locations = LOCATIONS.slice(0, rooms);
  for (let k = locations.length; k < rooms; k++) locations.push({ name: `Synthetic Room ${k + 1}`, format: 'in-person' });
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  days ??= Math.max(2, Math.ceil(sessions / 40));
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be an integer ≥ 1, got ${days}`);

  const random = prng(seed);
  const int = (n) => Math.floor(random() * n); // 0 … n-1
  const pick = (list) => list[int(list.length)];
  const some = (list, max) => {
    const count = int(max + 1);
    const chosen = new Set();
    for (let i = 0; i < count; i++) chosen.add(pick(list));
    return [...chosen];
  };

  const firstDay = DST_DAY - Math.floor(days / 2) * DAY_MS;
  const lastDay = firstDay + (days - 1) * DAY_MS;
  const speakerPool = Math.max(10, Math.round(sessions * 0.6));
  const organizationPool = Math.max(5, Math.min(400, Math.round(sessions / 10)));
  const person = () => ({
    name: `Speaker ${1 + int(speakerPool)}`,
    role: pick(ROLES),
    organization: `Organization ${1 + int(organizationPool)}`,
    country: pick(COUNTRIES),
  });

  const list = [];
  for (let i = 0; i < sessions; i++) {
    // Spread evenly over the days; within a day, starts between 08:00 and 19:45.
    const day = firstDay + Math.floor((i * days) / sessions) * DAY_MS;
    const startMin = 8 * 60 + 15 * int(48);
    const duration = pick([30, 45, 60, 60, 90, 120]);
    const location = pick(locations);
    const topic = pick(TOPICS);
    const angle = pick(ANGLES);
    const title = random() < 0.1 ? { en: `${topic}: ${angle[0]}`, fr: `${topic} : ${angle[1]}` } : `${topic}: ${angle[0]}`;
    const sentences = Array.from({ length: 2 + int(4) }, () => pick(SENTENCES));
    const description =
      sentences.length > 3 ? `${sentences.slice(0, 2).join(' ')}\n\n${sentences.slice(2).join(' ')}` : sentences.join(' ');
    const roll = random();
    const tracks = some(TRACKS, 2).map(([id]) => id);
    const actionLines = some(ACTION_LINES, 2);
    const speakers = Array.from({ length: int(5) }, person);
    const session = {
      id: `s-${pad(i + 1, 5)}`,
      title,
      type: pick(SESSION_TYPES).id,
      start: zonedDateTime(day, startMin),
      end: zonedDateTime(day, startMin + duration),
      ...(tracks.length ? { tracks } : {}),
      ...(actionLines.length ? { actionLines } : {}),
      format: location.format,
      location: location.name,
      languages: pick(LANGUAGE_SETS),
      description,
      ...(speakers.length ? { speakers } : {}),
      url: `https://example.org/synthetic/sessions/s-${pad(i + 1, 5)}`,
    };
    if (random() < 0.3) session.moderators = [person()];
    if (location.format !== 'in-person' && random() < 0.5) session.streamUrl = `https://example.org/synthetic/stream/${pad(i + 1, 5)}`;
    if (roll < 0.02) session.status = 'cancelled';
    else if (roll < 0.03) session.status = 'postponed';
    list.push(session);
  }
  // Chronological, as a publisher would usually list them (ids then run out of order within a day).
  list.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));

  const tiers = [
    { id: 'tier-1', name: { en: 'Synthetic Tier 1', fr: 'Niveau synthétique 1' }, rank: 1 },
    { id: 'tier-2', name: { en: 'Synthetic Tier 2', fr: 'Niveau synthétique 2' }, rank: 2 },
    { id: 'tier-3', name: { en: 'Synthetic Tier 3', fr: 'Niveau synthétique 3' }, rank: 3 },
  ];
  const partners = Array.from({ length: 24 }, (_, i) => ({
    id: `partner-${i + 1}`,
    name: `Organization ${i + 1}`,
    tier: tiers[i < 2 ? 0 : i < 8 ? 1 : 2].id,
    url: `https://example.org/synthetic/partners/${i + 1}`,
    country: COUNTRIES[i % COUNTRIES.length],
  }));
  const categories = ['a', 'b', 'c', 'd'].map((c) => ({ id: `category-${c}`, name: `Category ${c.toUpperCase()}` }));
  const prizes = [
    {
      id: 'synthetic-prize',
      name: { en: 'Synthetic Prize', fr: 'Prix synthétique' },
      year: 2021,
      description: 'A made-up prize for testing.',
      categories,
      awards: categories.flatMap((c, k) => [
        { id: `${c.id}-winner`, recipient: `Organization ${k * 2 + 1}`, rank: 'winner', category: c.id, title: `Project ${k * 2 + 1}` },
        { id: `${c.id}-champion`, recipient: `Organization ${k * 2 + 2}`, rank: 'champion', category: c.id, title: `Project ${k * 2 + 2}` },
      ]),
    },
    { id: 'synthetic-contest', name: 'Synthetic Contest', year: 2021, awards: [] },
  ];

  return {
    version: 1,
    generated: zonedDateTime(firstDay - DAY_MS, 9 * 60),
    event: {
      id: `synthetic-${sessions}-${seed}`,
      name: { en: `Synthetic Forum (${sessions} sessions)`, fr: `Forum synthétique (${sessions} sessions)` },
      theme: 'Synthetic data for tests and benchmarks',
      timezone: TIME_ZONE,
      start: isoDate(firstDay),
      end: isoDate(lastDay),
      description: `Generated by scripts/feed-synth.mjs (seed ${seed}, ${days} days). No real event, person or organisation is described.`,
    },
    sessionTypes: SESSION_TYPES,
    tracks: TRACKS.map(([id, name, color], k) => ({
      id,
      name,
      description: `Synthetic track ${k + 1}.`,
      color,
      status: k === TRACKS.length - 1 ? 'new' : 'continuing',
      editions: k === TRACKS.length - 1 ? [2021] : [2020, 2021],
    })),
    sessions: list,
    tiers,
    partners,
    prizes,
    stats: [
      { id: 'sessions', label: { en: 'Sessions', fr: 'Sessions' }, value: sessions, qualifier: 'exact' },
      { id: 'days', label: { en: 'Days', fr: 'Jours' }, value: days },
      { id: 'attendees', label: { en: 'Attendees', fr: 'Participants' }, value: sessions * 20, qualifier: 'over' },
      { id: 'countries', label: { en: 'Countries', fr: 'Pays' }, value: 100 + int(90), qualifier: 'about' },
    ],
  };
}

function parseArgs(argv) {
  const options = { pretty: false };
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split(/=(.*)/s);
    const next = () => (value ?? argv[++i]);
    switch (key) {
      case '--sessions':
      case '--seed':
      case '--days': {
        const raw = next();
        const n = Number(raw);
        if (!Number.isInteger(n)) throw new Error(`${key} needs an integer, got ${raw}`);
        options[key.slice(2)] = n;
        break;
      }
      case '--out':
        options.out = next();
        if (!options.out) throw new Error('--out needs a path');
        break;
      case '--pretty':
        options.pretty = true;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return options;
}

async function main(argv) {
  // Variable specifiers keep browser dev servers from trying to resolve Node built-ins.
  const fsName = 'node:fs';
  const pathName = 'node:path';
  const urlName = 'node:url';
  const [{ mkdirSync, writeFileSync }, { dirname, resolve }, { fileURLToPath }] = await Promise.all([
    import(fsName),
    import(pathName),
    import(urlName),
  ]);
  const options = parseArgs(argv);
  if (options.help) {
    console.log('Usage: npm run feed:synth -- --sessions N [--seed S] [--days D] [--out path] [--pretty]');
    return;
  }
  const { sessions = 1000, seed = 1, days } = options;
  const feed = synthesizeFeed({ sessions, seed, days });
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = options.out ? resolve(options.out) : resolve(repoRoot, `demo/feeds/synthetic-${sessions}.json`);
  const json = JSON.stringify(feed, null, options.pretty ? 2 : undefined) + '\n';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const counts = { cancelled: 0, postponed: 0 };
  for (const s of feed.sessions) if (s.status) counts[s.status]++;
  console.log(
    `wrote ${out}: ${sessions} sessions over ${feed.event.start} … ${feed.event.end}, ` +
      `${counts.cancelled} cancelled, ${counts.postponed} postponed, ${(json.length / 1024).toFixed(0)} KiB`,
  );
}

/** True when this file is the script Node was started with (never in a browser). */
async function runAsScript() {
  if (typeof process === 'undefined' || !Array.isArray(process.argv) || !process.argv[1]) return false;
  if (!import.meta.url.startsWith('file:')) return false;
  const urlName = 'node:url';
  const fsName = 'node:fs';
  const [{ pathToFileURL, fileURLToPath }, { realpathSync }] = await Promise.all([import(urlName), import(fsName)]);
  if (import.meta.url === pathToFileURL(process.argv[1]).href) return true;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

runAsScript().catch(() => false).then(
  (isScript) =>
    isScript &&
    main(process.argv.slice(2)).catch((error) => {
      console.error(`feed-synth: ${error.message}`);
      process.exitCode = 1;
    }),
);
