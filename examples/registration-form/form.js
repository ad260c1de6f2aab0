// The registration form: every list and every sentence comes from govvn itself,
// judged in the browser as the user types. `?asOf=YYYY-MM-DD` pins the date and
// `?lang=en` starts in English.
import {
  GovvnOptionError,
  LAW_TABLE_DATE,
  VERSION,
  listAgencies,
  listProvinces,
  suggest,
  todayInVietnam,
  validate,
} from '../../dist/index.js';
import { domainSchema, registrationSchema } from '../../dist/zod.js';

const TEXT = {
  vi: {
    title: 'Đăng ký tên miền cho cơ quan nhà nước',
    switchTo: 'English',
    switchLang: 'en',
    province: 'Tỉnh, thành phố',
    provinceHint: 'Các tỉnh, thành phố có vào ngày xét.',
    agency: 'Cơ quan',
    chooseAgency: '— Chọn cơ quan —',
    groups: {
      province: 'Ủy ban nhân dân tỉnh',
      'province-agency': 'Các sở',
      'education-authority': 'Các sở',
      district: 'UBND cấp huyện',
      commune: 'UBND cấp xã',
    },
    domain: 'Tên miền',
    domainHint: 'Gõ tên miền hoặc địa chỉ trang, ví dụ tanuyen.laichau.gov.vn.',
    result: 'Kết quả',
    asOf: (d) => `Xét theo quy định có hiệu lực ngày ${d.split('-').reverse().join('/')}.`,
    badDate: (d) => `Ngày "${d}" trong địa chỉ không dùng được; xét theo hôm nay.`,
    verdict: {
      compliant: 'Đúng quy định',
      'non-compliant': 'Chưa đúng quy định',
      'not-applicable': 'Không phải tên miền của cơ quan nhà nước',
      invalid: 'Không phải tên miền hợp lệ',
    },
    severity: { error: 'Lỗi', warning: 'Lưu ý', info: 'Ghi chú' },
    suggestions: 'Tên miền đúng quy định',
    forAgency: 'Tên miền đúng quy định cho cơ quan này',
    use: (name) => `Dùng ${name}`,
    submit: 'Gửi đăng ký',
    ready: (d) => `Đã sẵn sàng gửi: ${d}.`,
    fix: 'Chưa gửi được: hãy sửa các lỗi ở trên.',
    about: (v, law) => `govvn ${v}, bảng quy định cập nhật ngày ${law}. Mọi thông báo do thư viện đưa ra, không cần mạng.`,
  },
  en: {
    title: 'Domain name registration for state agencies',
    switchTo: 'Tiếng Việt',
    switchLang: 'vi',
    province: 'Province or city',
    provinceHint: 'The provinces and cities that exist on the date judged by.',
    agency: 'Agency',
    chooseAgency: '— Choose an agency —',
    groups: {
      province: 'Provincial People\u2019s Committee',
      'province-agency': 'Departments',
      'education-authority': 'Departments',
      district: 'District People\u2019s Committees',
      commune: 'Commune People\u2019s Committees',
    },
    domain: 'Domain name',
    domainHint: 'Type a domain name or a page address, e.g. tanuyen.laichau.gov.vn.',
    result: 'Result',
    asOf: (d) => `Judged by the law in force on ${d}.`,
    badDate: (d) => `The date "${d}" in the address cannot be used; judging by today.`,
    verdict: {
      compliant: 'Compliant',
      'non-compliant': 'Not compliant',
      'not-applicable': 'Not a state agency\u2019s name',
      invalid: 'Not a valid domain name',
    },
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
    suggestions: 'Compliant names',
    forAgency: 'Compliant names for this agency',
    use: (name) => `Use ${name}`,
    submit: 'Send the request',
    ready: (d) => `Ready to send: ${d}.`,
    fix: 'Not sent: correct the errors above first.',
    about: (v, law) => `govvn ${v}, law tables of ${law}. Every message comes from the library, with no network.`,
  },
};

const $ = (id) => document.getElementById(id);
const el = {
  title: $('title'),
  langSwitch: $('lang-switch'),
  asOf: $('as-of'),
  form: $('registration'),
  province: $('province'),
  agency: $('agency'),
  domain: $('domain'),
  verdict: $('domain-verdict'),
  reasons: $('domain-reasons'),
  suggestions: $('suggestions'),
  suggestionsHeading: $('suggestions-heading'),
  suggestionList: $('suggestion-list'),
  submitted: $('submitted'),
  about: $('about'),
};

const params = new URLSearchParams(location.search);
const state = { lang: params.get('lang') === 'en' ? 'en' : 'vi', asOf: todayInVietnam(), dateNote: '' };

// A date from the address is checked the way validate checks it; a bad one falls back to today.
const wanted = params.get('asOf');
if (wanted) {
  try {
    validate('', { asOf: wanted });
    state.asOf = wanted;
  } catch (e) {
    if (!(e instanceof GovvnOptionError)) throw e;
    state.dateNote = wanted;
  }
}

const collator = new Intl.Collator('vi');

function fillProvinces() {
  const provinces = listProvinces({ asOf: state.asOf }).sort((a, b) => collator.compare(a.name, b.name));
  el.province.replaceChildren(...provinces.map((p) => new Option(p.name, p.name)));
}

function fillAgencies() {
  const t = TEXT[state.lang];
  const chosen = el.agency.value;
  const agencies = listAgencies(el.province.value, { asOf: state.asOf });
  const groups = new Map();
  for (const a of agencies) {
    const label = t.groups[a.kind];
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(a);
  }
  const placeholder = new Option(t.chooseAgency, '');
  const children = [placeholder];
  for (const [label, list] of groups) {
    const group = document.createElement('optgroup');
    group.label = label;
    // Committees below the province read best in alphabetical order; the rest keep the law's order.
    const sorted = list[0].kind === 'commune' || list[0].kind === 'district' ? [...list].sort((a, b) => collator.compare(a.name, b.name)) : list;
    group.append(...sorted.map((a) => new Option(a.name, a.name)));
    children.push(group);
  }
  el.agency.replaceChildren(...children);
  if (agencies.some((a) => a.name === chosen)) el.agency.value = chosen;
}

function options() {
  const o = { asOf: state.asOf, lang: state.lang, province: el.province.value };
  if (el.agency.value) o.agency = el.agency.value;
  return o;
}

function suggestionButton(name) {
  const li = document.createElement('li');
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'suggestion';
  b.textContent = name;
  b.setAttribute('aria-label', TEXT[state.lang].use(name));
  b.addEventListener('click', () => {
    el.domain.value = name;
    judge();
    el.domain.focus();
  });
  li.append(b);
  return li;
}

function reasonItem(severity, message, citation) {
  const t = TEXT[state.lang];
  const li = document.createElement('li');
  li.className = `reason ${severity}`;
  const badge = document.createElement('strong');
  badge.textContent = `${t.severity[severity]}: `;
  li.append(badge, message);
  if (citation) {
    const cite = document.createElement('cite');
    cite.textContent = `${citation.instrument}, ${citation.article}`;
    li.append(' ', cite);
  }
  return li;
}

function showSuggestions(heading, names) {
  el.suggestionsHeading.textContent = heading;
  el.suggestionList.replaceChildren(...names.map(suggestionButton));
  el.suggestions.hidden = names.length === 0;
}

/** Judges the field as it stands and shows the verdict, the reasons and the compliant names. */
function judge() {
  const t = TEXT[state.lang];
  const o = options();
  const input = el.domain.value;
  el.submitted.textContent = '';
  if (input.trim() === '') {
    el.domain.setAttribute('aria-invalid', 'false');
    el.verdict.textContent = '';
    el.verdict.dataset.verdict = '';
    el.reasons.replaceChildren();
    showSuggestions(t.forAgency, o.agency ? suggest(o.agency, { asOf: o.asOf, province: o.province }) : []);
    return;
  }
  const r = validate(input, o);
  const refused = r.verdict !== 'compliant';
  el.domain.setAttribute('aria-invalid', String(refused));
  el.verdict.dataset.verdict = r.verdict;
  el.verdict.textContent = r.hostname && r.verdict !== 'invalid' ? `${t.verdict[r.verdict]}: ${r.hostname}` : t.verdict[r.verdict];
  const items = r.issues.map((i) => reasonItem(i.severity, i.message, i.citation));
  if (r.verdict === 'not-applicable') {
    // validate has nothing to say about such a name; the schema says why the form refuses it.
    const p = domainSchema(o).safeParse(input);
    for (const i of p.success ? [] : p.error.issues) items.push(reasonItem('error', i.message, null));
  }
  el.reasons.replaceChildren(...items);
  showSuggestions(t.suggestions, r.suggestions);
}

function submit(event) {
  event.preventDefault();
  const t = TEXT[state.lang];
  const p = registrationSchema({ asOf: state.asOf, lang: state.lang }).safeParse({
    agency: el.agency.value,
    province: el.province.value,
    domain: el.domain.value,
  });
  if (p.success) {
    el.submitted.textContent = t.ready(`${p.data.agency} — ${p.data.domain}`);
    return;
  }
  el.submitted.textContent = `${t.fix} ${p.error.issues.map((i) => i.message).join(' ')}`;
  (p.error.issues.some((i) => i.path[0] === 'agency') ? el.agency : el.domain).focus();
}

/** Sets every fixed text in the current language, then judges again in it. */
function render() {
  const t = TEXT[state.lang];
  document.documentElement.lang = state.lang;
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-text]')) {
    const value = t[node.dataset.text];
    if (typeof value === 'string') node.textContent = value;
  }
  el.langSwitch.textContent = t.switchTo;
  el.langSwitch.lang = t.switchLang;
  const time = document.createElement('time');
  time.dateTime = state.asOf;
  time.textContent = t.asOf(state.asOf);
  el.asOf.replaceChildren(time);
  if (state.dateNote) el.asOf.append(' ', t.badDate(state.dateNote));
  el.about.textContent = t.about(VERSION, LAW_TABLE_DATE);
  fillAgencies();
  judge();
}

el.langSwitch.addEventListener('click', () => {
  state.lang = state.lang === 'vi' ? 'en' : 'vi';
  render();
});
el.province.addEventListener('change', () => {
  fillAgencies();
  judge();
});
el.agency.addEventListener('change', judge);
el.domain.addEventListener('input', judge);
el.form.addEventListener('submit', submit);

fillProvinces();
const start = params.get('province');
if (start && [...el.province.options].some((o) => o.value === start)) el.province.value = start;
render();
document.body.dataset.ready = 'true';
