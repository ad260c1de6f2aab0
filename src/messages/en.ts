/**
 * English messages by id: `<rule>/<message>` for one rule's wording, `<message>`
 * for wording shared by several rules. Placeholders are `{name}`.
 */
export const en: Readonly<Record<string, string>> = {
  // hostname-syntax
  empty: 'The input is empty: there is no name to judge.',
  'no-host': 'The URL has no host name.',
  'ip-address': '"{address}" is an IP address, not a domain name.',
  'empty-label': 'Label {position} is empty (two dots in a row, or a dot at the start or end).',
  'label-too-long': 'The label "{label}" is {length} octets long; a label may have at most 63.',
  'name-too-long': 'The name is {length} octets long; a domain name may have at most 253.',
  'too-many-labels': 'The name has {count} labels; at most 127 fit in a domain name.',
  'bad-character': 'The label "{label}" contains "{char}": only letters, digits and hyphens are allowed.',
  'hyphen-edge': 'The label "{label}" starts or ends with a hyphen.',
  'hyphen-3-4': 'The label "{label}" has "--" in its 3rd and 4th positions but is not a valid IDN ("xn--") label.',
  'bad-punycode': 'The label "{label}" is not valid Punycode: it does not decode, or does not encode back to itself.',
  uts46: 'The label "{label}" is not a valid internationalised label ({reason}).',
  // input-form
  url: 'The input is a URL: only its host, {host}, is judged.',
  userinfo: 'The URL carries "{userinfo}@" before its host: that part is not the site\u2019s name.',
  'not-canonical': 'The host was written as "{written}"; a browser visits it as {hostname}, which is judged.',
  // lookalike-script
  'mixed-script': 'The label "{label}" ({ascii}) mixes scripts ({scripts}) and can pass for another name.',
  'non-latin-script': 'The label "{label}" ({ascii}) is written in {scripts} letters and can pass for a Latin name.',
  // unaccented-labels
  accented: 'The label "{label}" carries diacritics; labels must be unaccented Vietnamese or English ("{plain}").',
  // vn-domain, gov-vn-zone, gov-vn-eligibility
  'outside-vn': '{hostname} is not a .vn name; a state body\u2019s portal or website must use at least one .vn name.',
  'outside-gov-vn': '{hostname} is not under .gov.vn, where the format for this kind of agency puts it.',
  'party-body-on-gov-vn': 'A Party body may not hold a name under .gov.vn, which is for state agencies only (Party bodies use dcs.vn or dangcongsan.vn).',
  // shared by the format rules
  'wrong-level': 'The name is at level {got}; this holder needs a level-{want} name: {expected}.',
  'wrong-parent': 'The name sits under "{label}", not under its parent "{want}": expected {expected}.',
  'wrong-province': '"{label}" is another province\u2019s name; expected "{want}": {expected}.',
  'deeper-than-level-4': 'The name is at level {got}; Decree 224/2026 gives this holder a level-4 name: {expected}.',
  'unrecognised-abbreviation': '"{label}" is not an abbreviation the library knows for this agency (expected e.g. "{want}"); check it against the agency\u2019s name.',
  'unit-type-prefix': '"{label}" adds a unit-type word or another name to the full name; the label must be "{want}": {expected}.',
  'not-full-name': '"{label}" is not the full name without diacritics; the label must be "{want}": {expected}.',
  'own-level-3-name': '"{label}.gov.vn" is the unit\u2019s own level-3 name; the decrees ask for a name under its parent ({parent}): {expected}. The change is left to the governing agency, with no deadline.',
  'ministry-unit-domain/parent-unknown': 'The ministry governing {name} is not known to the library: its parent label could not be checked.',
  // unit-validity
  'province-merged': '{name} ceased to exist after {date}; it was merged into {successor}.',
  'province-renamed': '{name} was renamed after {date}: it is now {successor}.',
  'district-abolished': '{name} no longer exists: districts were abolished on {date}.',
  'commune-merged': '{name} ceased to exist after {date}; it was merged into {successor}.',
  'agency-merged': '{name} ceased to exist after {date}; its work passed to {successor}.',
  'not-yet-existing': '{name} did not exist yet on the date judged; it exists from {date}.',
  // commune-domain
  'no-national-format': 'No national format for communes was in force on this date; a name under the province ({expected}) is accepted.',
  'shared-label': 'Another commune of the province has the same name without diacritics ("{label}"); both may use it.',
  'history-not-loaded': 'Communes before 2025-07-01 are not loaded (import "govvn/history"): whether {name} existed on this date was not checked.',
  // education-domain
  'school-outside-edu-vn': '{hostname} is not under .edu.vn, where schools hold their names.',
  'outside-edu-vn': '{hostname} is not under .edu.vn; an education authority uses {expected} (or its agency name under .gov.vn).',
  'unexpected-edu-label': '"{label}" is not the locality\u2019s name; expected {expected}.',
  // public-service-portal
  portal: 'A public-service portal ({prefix}.) of {holder}.',
  // laichau-decision-20-2016
  'not-under-laichau': 'Lai Chau requires its agencies, districts and city to use a name of at least level 4 under laichau.gov.vn; {hostname} is not one.',
  licensing: 'Lai Chau also requires each name to be licensed with the province; a name alone cannot show it.',
  // unknown-holder
  'unknown-level-3': '"{label}.gov.vn" is no province and no central agency the library knows; only ministries, central agencies and provinces hold level-3 names.',
  'agency-not-recognised': 'The agency "{name}" could not be classified; only the general rules were applied.',
  'unit-not-found': '{name} was not found in the tables for this date; its name could not be checked against the official list.',
  'waiver/expired': 'A waiver of {rule} for this name ran out on {until} ("{reason}"): the finding counts again.',
  'not-vietnamese-or-english': 'The label "{label}" ({ascii}) is neither unaccented Vietnamese nor English.',
  'full-name-before-224': '"{label}" is the agency\u2019s full name; full names are allowed from Decree 224/2026 (2026-07-01); before it, its abbreviation (e.g. "{want}"): {expected}.',
  'province-not-found': 'The province "{name}" is not one the library knows; it was not used.',
};
