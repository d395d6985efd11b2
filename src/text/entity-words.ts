/** Word lists the name finder uses: cues, function words, given names. Plain data, no logic. */

export const MONTHS_DAYS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
  sun`.split(/\s+/),
);

// Capitalised words that start sentences or headlines but are never names on their own.
export const NON_NAMES = new Set(
  `i a an the but and or so yet however meanwhile moreover also after before earlier later last next this that these
  those there here then when while where what who why how if although though since until as at in on of for from by
  with without according despite during under over into about among between both each every many most much some
  several few all any no not one two three four five six seven eight nine ten today yesterday tomorrow tonight
  instead still even only just now already once thus hence indeed overall further furthermore nevertheless
  nonetheless elsewhere ms mr mrs dr sir he she it they we you his her its their our my your him them us me`.split(
    /\s+/,
  ),
);

// Titles that head a role and are followed by the person's name.
export const HEAD_TITLES = new Set(
  `president minister secretary chancellor governor mayor spokesman spokeswoman spokesperson chief director ceo
  chairman chairwoman commissioner ambassador envoy senator judge coach manager general king queen prince princess
  pope mr mrs ms dr sir dame lord lady prof professor captain leader premier`.split(/\s+/),
);

export const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'greater',
  'north-west',
  'north-east',
  'south-west',
  'south-east',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
]);

export const NAME_MONTHS = new Set(['May', 'June', 'April', 'August']);

export const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'del',
  'della',
  'du',
  'dos',
  'bin',
  'ibn',
  'al',
  'el',
  'la',
  'le',
  'ter',
  'di',
]);
export const LINKERS = new Set(['of', 'for', 'and', 'on', 'the', 'de']);
export const ABBREV_BEFORE_DOT = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'prof',
  'col',
  'capt',
  'lt',
  'sgt',
  'rev',
  'jr',
  'sr',
]);

export const SPEECH_VERBS = new Set(
  `said say says told tell tells added adds stated explained explains warned warns noted insisted insists
  argued argues wrote writes tweeted tweets posted declared declares asked asks replied replies continued 
  acknowledged acknowledges admitted admits claimed announced announces confirmed confirms denied denies
  urged urges stressed stresses suggested suggests recalled recalls described commented 
  conceded concedes observed remarked revealed reveals predicted predicts pledged 
  promised vowed reported responded responds cautioned cautions emphasised emphasized
  emphasises emphasizes`.split(/\s+/),
);

// Words that start organisation names ("Radio Solent", "Bank of Thailand", "University of Ghent").
export const ORG_FIRST_WORDS = new Set([
  'radio',
  'bank',
  'university',
  'ministry',
  'department',
  'academy',
  'club',
  'team',
  'institute',
  'museum',
  'hospital',
]);

export const PLACE_PREPS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'inside']);

// Places people are named after (given names that are also countries, states or cities the gazetteer knows).
export const PLACE_GIVEN_NAMES = new Set(
  `jordan paris india israel kenya chelsea georgia victoria washington nevada tennessee austin sydney florence
  lincoln dallas houston madison phoenix carolina virginia brooklyn orlando adelaide charlotte denver savannah
  sierra asia africa china lorraine`.split(/\s+/),
);

// A modest list of common given names: a name starting with one is a person even without other cues.
export const FIRST_NAMES = new Set(
  `james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
  jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian
  keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
  logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis mary
  patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
  kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
  amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
  catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail
  alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
  charlotte marie kayla alexis lori emmanuel olaf ursula angela boris vladimir sergei sergey dmitry volodymyr
  xi li wang zhang narendra rahul muhammad mohammed mohammad ahmed ali hassan hussein omar abdul recep giorgia
  pedro luis carlos juan jose antonio manuel francisco javier miguel ana carmen lucia pierre jean francois
  jacques marine emmanuel nicolas hans klaus jurgen friedrich angela markus johan lars anders erik sven ingrid
  kaja josep antonio mette ulf keir rishi liz theresa nigel jeremy kamala joe barack hillary bernie elon mark
  sundar satya tim jeff bill warren rory tiger danny justin shane lionel cristiano kylian neymar serena roger
  rafael novak andy anneleen`.split(/\s+/),
);

// Function words WordNet does not list (it has only nouns, verbs, adjectives and adverbs).
export const FUNCTION_WORDS = new Set(
  `whether although though unless despite upon within without toward towards amid amidst via per onto beside
  besides beneath behind beyond across along alongside among amongst around throughout whilst whereas hence thus
  therefore whose whom whichever whatever whoever wherever however nor yet else lest till unto versus vs etc
  mr mrs ms dr st`.split(/\s+/),
);

export const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozen'.split(
    ' ',
  ),
);
