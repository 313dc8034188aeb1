// The eligibility page. Plain JavaScript, no build step. The profile is built from the form in this tab, sent to
// POST /api/eligibility (or /all) and POST /api/paths, and never stored: no cookies, no localStorage, nothing kept
// between checks. Everything shown is written as text nodes (never innerHTML with data).
'use strict';

(() => {
  const form = document.getElementById('check-form');
  const roleSelect = document.getElementById('role');
  const statusBox = document.getElementById('status');
  const answersBox = document.getElementById('your-answers');
  const answerBox = document.getElementById('answer');
  const resultsBox = document.getElementById('results');
  const pathsBox = document.getElementById('paths');
  const postingsBox = document.getElementById('postings');
  const roleBox = document.getElementById('role-details');
  const printFooter = document.getElementById('print-footer');
  const problemsBox = document.getElementById('problems');
  const submitButton = document.getElementById('submit');
  const pageTitle = document.title;
  const sources = new Map();
  const roles = new Map();
  let words = [];
  let saa = null;
  let about = null;
  let liveSearch = false;

  // What the last check was: the request, the reports, and the posting chosen for the hiring-path check.
  const last = { request: null, reports: [], postings: null, posting: null };

  const outcomeText = {
    Eligible: 'Eligible',
    NeedsReview: 'Needs review',
    Incomplete: 'Incomplete: more information needed',
    Ineligible: 'Ineligible',
  };
  const verdictText = {
    Met: 'Met',
    NotMet: 'Not met',
    Waived: 'Waived',
    NeedsReview: 'Needs review',
    Unknown: 'Unknown',
    Pending: 'Pending',
    NotApplicable: 'Not applicable',
  };
  const payGrades = [
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => `E-${n}`),
    ...[1, 2, 3, 4, 5].map(n => `W-${n}`),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(n => `O-${n}`),
  ];

  // Terms explained where they first appear in a result (once per check).
  const glossary = [
    ['OPM two-grade table', "the Office of Personnel Management's table of the education and experience that qualify for each grade; \"two-grade\" because these jobs start and advance two grades at a time"],
    ['OPM one-grade table', "the Office of Personnel Management's table for jobs that advance one grade at a time"],
    ['6(c) retirement', 'the special retirement for federal law enforcement officers'],
    ['(6(c))', 'the special retirement for federal law enforcement officers'],
    ['AUO', 'administratively uncontrollable overtime: a premium for irregular, unscheduled overtime'],
    ['LEAP', 'law enforcement availability pay: a premium for criminal investigators who must be available for unscheduled duty'],
    ['LEO', 'law enforcement officer'],
  ];
  let explained = new Set();

  function explainOnce(text) {
    let out = text;
    for (const [term, meaning] of glossary) {
      if (explained.has(term)) {
        continue;
      }
      const at = out.indexOf(term);
      if (at < 0) {
        continue;
      }
      explained.add(term);
      if (term === '(6(c))') {
        explained.add('6(c) retirement');
      }
      out = `${out.slice(0, at + term.length)} [${meaning}]${out.slice(at + term.length)}`;
    }
    return out;
  }

  // "GL-7 — law-enforcement pay scale, grade 7".
  function gradeWords(grade) {
    const match = /^(GL|GS)-(\d+)$/.exec(grade || '');
    if (!match) {
      return grade || '';
    }
    const scale = match[1] === 'GL'
      ? 'law-enforcement pay scale (GL, the General Schedule for law enforcement officers)'
      : 'General Schedule (GS), the federal pay scale for most white-collar jobs';
    return `${grade} — ${scale}, grade ${match[2]}`;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The words table (words.json): every path the API can name, its words and the form field that holds the answer.

  function fieldFor(path) {
    for (const row of words) {
      const match = row.regex.exec(path);
      if (!match) {
        continue;
      }
      const index = match.groups && match.groups.i !== undefined ? Number(match.groups.i) : 0;
      const id = row.field ? (index > 0 ? `${row.field}-${index + 1}` : row.field) : null;
      const entry = index > 0 ? ` (entry ${index + 1})` : '';
      return { id: id && document.getElementById(id) ? id : null, words: `${row.words}${entry}`, range: row.range };
    }
    return null;
  }

  function wordsFor(path) {
    const found = fieldFor(path);
    return found ? found.words : 'an answer the check needs';
  }

  // Internal names the library writes into its sentences, with the words a person reads instead.
  const internalWords = [
    ['history.convictions', 'criminal convictions'],
    ['history.drugUse', 'prior illegal drug use'],
    ['selectiveService', 'Selective Service registration'],
    ['driversLicense', "driver's license"],
    ['dateOfBirth', 'date of birth'],
    ['priorFederalLawEnforcement', 'prior federal law-enforcement service'],
    ['military.preferenceEligible', 'preference-eligible veteran status'],
    ['preferenceEligible', 'preference-eligible veteran status'],
    ['military.veteran', 'veteran status'],
    ['semesterHours', 'semester hours'],
    ['educationLevel', 'education level'],
  ];
  const requirementIds = new Set();

  function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // Plain words: drops "(source-id, other-id)" asides, names sources by their title and replaces field paths.
  function plain(text) {
    if (!text) {
      return '';
    }
    const isId = token => sources.has(token) || requirementIds.has(token);
    // A field path in an aside ("(driversLicense)", "(education[0].gpa)") names the question already asked in words.
    const isPath = token => /[A-Z.[]/.test(token) && /^[a-z][A-Za-z0-9]*(?:\[\d+\])?(?:\.[a-z][A-Za-z0-9]*(?:\[\d+\])?)*$/.test(token) && fieldFor(token) !== null;
    let out = text.replace(/\s*\(([^()]*)\)/g, (whole, inner) =>
      inner.split(/[,;]\s*/).every(t => isId(t.trim()) || isPath(t.trim())) ? '' : whole);
    out = out.replace(/\b(?:profile\.)?(?:[a-z][A-Za-z0-9]*)(?:\[\d+\])?(?:\.[a-z][A-Za-z0-9]*(?:\[\d+\])?)+\b/g,
      path => (fieldFor(path) ? wordsFor(path) : path));
    out = out.replace(/\b(?:education|experience)\[\d+\]/g, path => wordsFor(path));
    for (const [name, plainWords] of internalWords) {
      out = out.replace(new RegExp(`\\b${escapeRegex(name)}\\b`, 'g'), plainWords);
    }
    out = out.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, token => (sources.has(token) ? sources.get(token).title : token));
    return out;
  }

  function missingWords(paths) {
    return [...new Set(paths.map(wordsFor))];
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Building the form: repeated entries (schools, jobs, periods of service), questions shown only when they apply.

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, v] of Object.entries(attributes || {})) {
      if (v !== undefined && v !== null && v !== false) {
        node.setAttribute(key, v === true ? '' : v);
      }
    }
    for (const child of children) {
      if (child !== undefined && child !== null) {
        node.append(child);
      }
    }
    return node;
  }

  function fillPayGrades(select) {
    select.append(element('option', { value: '' }, select.dataset.payGrades || 'Not stated'));
    for (const grade of payGrades) {
      select.append(element('option', { value: grade }, grade));
    }
  }

  const entryTitles = { education: 'School or degree', experience: 'Job', period: 'Period of active duty' };

  function entries(kind) {
    return [...form.querySelectorAll(`[data-entries="${kind}"] > .entry`)];
  }

  // Ids of an entry's fields: "education-gpa" for the first, "education-gpa-2" for the second …
  function numberEntries(kind) {
    entries(kind).forEach((entry, index) => {
      const suffix = index === 0 ? '' : `-${index + 1}`;
      entry.querySelector('.entry-title').textContent = entries(kind).length > 1 ? `${entryTitles[kind]} ${index + 1}` : entryTitles[kind];
      for (const field of entry.querySelectorAll('[data-id]')) {
        field.id = `${field.dataset.id}${suffix}`;
        const help = entry.querySelector(`[data-help="${field.dataset.id}"]`);
        if (help) {
          help.id = `${field.id}-help`;
          field.setAttribute('aria-describedby', help.id);
        }
      }
      for (const label of entry.querySelectorAll('label[data-for]')) {
        label.htmlFor = `${label.dataset.for}${suffix}`;
      }
      for (const option of entry.querySelectorAll('[data-first-only]')) {
        option.hidden = index > 0;
        option.disabled = index > 0;
      }
      const remove = entry.querySelector('.remove-entry');
      remove.hidden = index === 0;
    });
  }

  function addEntry(kind) {
    const template = document.getElementById(`${kind}-template`);
    const entry = template.content.firstElementChild.cloneNode(true);
    form.querySelector(`[data-entries="${kind}"]`).append(entry);
    for (const select of entry.querySelectorAll('[data-pay-grades]')) {
      fillPayGrades(select);
    }
    entry.querySelector('.remove-entry').addEventListener('click', () => {
      entry.remove();
      numberEntries(kind);
      updateVisibility();
    });
    numberEntries(kind);
    updateVisibility();
    return entry;
  }

  // data-show-when="education-level=bachelors|masters": shown when that field (in the same entry, or on the page) holds
  // one of the values ("" for not stated).
  function updateVisibility() {
    for (const block of form.querySelectorAll('[data-show-when]')) {
      const [name, values] = block.dataset.showWhen.split('=');
      const entry = block.closest('.entry');
      const source = entry ? entry.querySelector(`[data-id="${name}"]`) : document.getElementById(name);
      const shown = source ? values.split('|').includes(source.value) : false;
      block.hidden = !shown;
    }
    const served = document.getElementById('veteran').value === 'true';
    document.getElementById('service-questions').hidden = !served;
    if (served && entries('period').length === 0) {
      addEntry('period');
    }
  }

  function passFailQuestion() {
    if (!saa || typeof saa.passFailMaxPercent !== 'number') {
      return;
    }
    // "more than 1 in 10" from the data's limit (10 %); any other limit as a percentage.
    const max = saa.passFailMaxPercent;
    const share = max > 0 && Number.isInteger(100 / max) ? `1 in ${100 / max}` : `${max} %`;
    for (const label of form.querySelectorAll('.pass-fail-label')) {
      label.textContent = `Did you take more than ${share} of your courses pass/fail?`;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading the form.

  function visible(node) {
    return !node.closest('[hidden]');
  }

  function value(id) {
    const node = document.getElementById(id);
    return node && visible(node) ? node.value.trim() : '';
  }

  function yesNo(id) {
    const v = value(id);
    return v === '' ? undefined : v === 'true';
  }

  function number(id) {
    const v = value(id);
    return v === '' ? undefined : Number(v);
  }

  function withoutUndefined(object) {
    const out = {};
    for (const [key, v] of Object.entries(object)) {
      if (v !== undefined) {
        out[key] = v;
      }
    }
    return Object.keys(out).length > 0 ? out : undefined;
  }

  function entryValue(entry, id) {
    const node = entry.querySelector(`[data-id="${id}"]`);
    return node && visible(node) ? node.value.trim() : '';
  }

  function entryNumber(entry, id) {
    const v = entryValue(entry, id);
    return v === '' ? undefined : Number(v);
  }

  function entryYesNo(entry, id) {
    const v = entryValue(entry, id);
    return v === '' ? undefined : v === 'true';
  }

  function educationEntries() {
    const list = entries('education');
    if (list.length === 1 && entryValue(list[0], 'education-level') === 'none') {
      return [];
    }
    const out = [];
    for (const entry of list) {
      const level = entryValue(entry, 'education-level');
      // "No": at most the data's limit; "Yes": more than it. The library compares the share with the limit only.
      const passFail = entryValue(entry, 'education-pass-fail');
      const limit = saa && typeof saa.passFailMaxPercent === 'number' ? saa.passFailMaxPercent : undefined;
      const item = withoutUndefined({
        level: level === '' || level === 'none' ? undefined : level,
        field: entryValue(entry, 'education-field') || undefined,
        completed: entryValue(entry, 'education-completed') || undefined,
        gpa: entryNumber(entry, 'education-gpa'),
        majorGpa: entryNumber(entry, 'education-major-gpa'),
        classStandingPercentile: entryNumber(entry, 'education-class-standing'),
        honorSociety: entryYesNo(entry, 'education-honor-society'),
        semesterHours: entryNumber(entry, 'education-hours'),
        graduateSemesterHours: entryNumber(entry, 'education-graduate-hours'),
        passFailPercent: passFail === '' || limit === undefined ? undefined : passFail === 'no' ? limit : 100,
      });
      if (item) {
        out.push(item);
      }
    }
    return out.length > 0 ? out : undefined;
  }

  function experienceEntries() {
    const list = entries('experience');
    const out = [];
    for (const entry of list) {
      const military = entryValue(entry, 'experience-military');
      const item = withoutUndefined({
        title: entryValue(entry, 'experience-title') || undefined,
        months: entryNumber(entry, 'experience-months'),
        hoursPerWeek: entryNumber(entry, 'experience-hours-per-week'),
        specialized: entryYesNo(entry, 'experience-specialized'),
        grade: military === 'true' ? undefined : entryNumber(entry, 'experience-grade'),
        militaryPayGrade: military === 'true' ? entryValue(entry, 'experience-pay-grade') || undefined : undefined,
      });
      if (item) {
        out.push(item);
      }
    }
    // One entry saying 0 months and nothing else: no experience.
    if (out.length === 1 && out[0].months === 0 && Object.keys(out[0]).length === 1) {
      return [];
    }
    return out.length > 0 ? out : undefined;
  }

  function militaryFacts() {
    const veteran = yesNo('veteran');
    const served = veteran === true;
    const periods = served
      ? entries('period').map(entry => withoutUndefined({
        start: entryValue(entry, 'period-start') || undefined,
        end: entryValue(entry, 'period-end') || undefined,
        kind: entryValue(entry, 'period-kind') || undefined,
        servedFullPeriod: entryYesNo(entry, 'period-full'),
      })).filter(p => p !== undefined)
      : [];
    const medals = value('campaign-medals');
    const disability = value('disability-rated');
    const retired = value('retired-pay-grade');
    return withoutUndefined({
      veteran,
      preferenceEligible: yesNo('preference-eligible'),
      periods: periods.length > 0 ? periods : undefined,
      discharge: served ? withoutUndefined({
        character: value('discharge-character') || undefined,
        date: value('discharge-date') || undefined,
        reason: value('discharge-reason') || undefined,
      }) : undefined,
      expectedRelease: served && yesNo('still-serving') === true ? value('expected-release') || undefined : undefined,
      campaignMedals: !served || medals === '' ? undefined
        : /^none$/i.test(medals) ? [] : medals.split(',').map(m => m.trim()).filter(m => m !== ''),
      purpleHeart: served ? yesNo('purple-heart') : undefined,
      disability: !served || disability === '' ? undefined
        : disability === 'none' ? 'none'
          : withoutUndefined({ percent: number('disability-percent'), ratedOn: value('disability-rated-on') || undefined }) || {},
      retired: served && retired !== '' ? { payGrade: retired } : undefined,
    });
  }

  // The profile document of the library (camelCase keys, kebab-case words); absent fields mean "unknown".
  function buildProfile() {
    const convictions = value('convictions');
    const convictionDate = value('conviction-date') || undefined;
    const drugUse = value('drug-use');
    const spanish = value('spanish');
    const federalStatus = value('federal-status');
    const spouse = value('military-spouse');
    const student = yesNo('student');

    return withoutUndefined({
      dateOfBirth: value('dob') || undefined,
      citizenship: value('citizenship') || undefined,
      sex: value('sex') || undefined,
      selectiveService: value('selective-service') || undefined,
      driversLicense: yesNo('drivers-license'),
      education: educationEntries(),
      experience: experienceEntries(),
      military: militaryFacts(),
      priorFederalLawEnforcement: yesNo('prior-leo'),
      scheduleADisability: yesNo('schedule-a'),
      federal: federalStatus === '' ? undefined : federalStatus === 'none' ? 'none' : withoutUndefined({
        current: federalStatus === 'current',
        tenure: value('federal-tenure') || undefined,
        series: value('federal-series') || undefined,
        grade: value('federal-grade') || undefined,
        separated: federalStatus === 'former' ? value('federal-separated') || undefined : undefined,
      }),
      student: student === undefined ? undefined : { enrolled: student },
      militarySpouse: spouse === '' ? undefined : spouse === 'none' ? 'none'
        : withoutUndefined({ sponsor: spouse, remarried: yesNo('spouse-remarried') }),
      history: withoutUndefined({
        convictions: convictions === '' ? undefined
          : convictions === 'none' ? []
            : [withoutUndefined({ category: convictions === 'unstated' ? undefined : convictions, date: convictionDate }) || {}],
        drugUse: drugUse === '' ? undefined : drugUse === 'none' ? []
          : [withoutUndefined({ lastUse: value('drug-last-use') || undefined }) || {}],
      }),
      languages: spanish === '' ? undefined : spanish === 'none' ? [] : [{ language: 'Spanish', proficiency: spanish }],
    }) || {};
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Dates and problems.

  // A date as the browser's date field shows it (en-US: 01/15/2026).
  function displayDate(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!match) {
      return iso;
    }
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return new Intl.DateTimeFormat(navigator.language || 'en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(date);
  }

  function withDisplayDates(text) {
    return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, displayDate);
  }

  function labelText(id) {
    const label = document.querySelector(`label[for="${id}"]`);
    return label ? label.textContent.replace(/\s*\(.*\)$/, '').replace(/\?$/, '').trim() : id;
  }

  // Fields the browser could not read (a date or number typed that is not one): an error beside each, never "not stated".
  function unreadable() {
    const problems = [];
    for (const input of form.querySelectorAll('input')) {
      if (!visible(input) || !input.validity || !input.validity.badInput) {
        continue;
      }
      const what = input.type === 'date' ? 'a real date' : 'a number';
      problems.push({ id: input.id, text: `${labelText(input.id)} must be ${what}.` });
    }
    return problems;
  }

  function clearProblems() {
    problemsBox.hidden = true;
    problemsBox.replaceChildren();
    for (const field of form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid');
      field.setAttribute('aria-describedby', (field.getAttribute('aria-describedby') || '').replace(/\s*\S+-error\b/, '').trim());
      if (!field.getAttribute('aria-describedby')) {
        field.removeAttribute('aria-describedby');
      }
    }
    for (const note of form.querySelectorAll('.field-error')) {
      note.remove();
    }
  }

  function markField(id, text) {
    const field = document.getElementById(id);
    field.setAttribute('aria-invalid', 'true');
    const noteId = `${id}-error`;
    if (!document.getElementById(noteId)) {
      field.after(element('span', { id: noteId, class: 'field-error' }, text));
      field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') || ''} ${noteId}`.trim());
    }
  }

  // Each problem in plain words, in the summary (a link to the field) and beside its field.
  function showProblems(list) {
    const items = element('ul');
    for (const p of list) {
      if (p.id) {
        markField(p.id, p.text);
        items.append(element('li', {}, element('a', { href: `#${p.id}` }, p.text)));
      } else {
        items.append(element('li', {}, p.text));
      }
    }
    const count = items.children.length;
    problemsBox.replaceChildren(element('h3', {}, count === 1 ? 'One answer needs fixing' : `${count} answers need fixing`), items);
    problemsBox.hidden = false;
    problemsBox.focus();
    document.title = `Error: ${count === 1 ? 'one answer needs' : `${count} answers need`} fixing — ${pageTitle}`;
  }

  // The API's problems (paths) as the page's: each with its field and words, dates as the field shows them.
  function fromApi(problem) {
    return (problem.problems || [{ path: '', message: problem.detail || problem.title }]).map(p => {
      const match = p.path ? fieldFor(p.path) : null;
      const message = withDisplayDates(plain(p.message));
      if (match && match.id) {
        const text = match.range || `${labelText(match.id)}: ${message}`;
        return { id: match.id, text };
      }
      return { text: match ? `${match.words}: ${message}` : message };
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reports.

  function safeUrl(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  // "Sources (n)", folded: each a link where the source has a web address, with its publisher and confidence; in print
  // each address is written out.
  function sourceList(ids) {
    if (!ids || ids.length === 0) {
      return element('p', { class: 'sources' }, 'Sources: none given.');
    }
    const list = element('ul', { class: 'sources' });
    for (const id of ids) {
      const source = sources.get(id);
      const title = source ? source.title : 'A source not in the catalog';
      const address = source ? source.url || source.via : null;
      const url = address ? safeUrl(address) : null;
      const copy = source && source.via ? safeUrl(source.via) : null;
      const item = element('li', {}, url
        ? element('a', { href: url, target: '_blank', rel: 'noopener noreferrer' },
          title, element('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))
        : title);
      if (source) {
        const via = copy ? `, read via ${new URL(copy).host}` : '';
        item.append(element('span', { class: 'confidence' }, ` (${source.publisher}${via}, ${source.confidence.toLowerCase()} confidence)`));
      }
      if (url) {
        item.append(element('span', { class: 'print-only url' }, ` ${url}`));
      }
      list.append(item);
    }
    return element('details', { class: 'source-list' }, element('summary', {}, `Sources (${ids.length})`), list);
  }

  const lower = text => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
  const because = r => `${plain(r.title)}: ${lower(plain(r.reason)).replace(/\.$/, '')}`;

  function leadSentence(report) {
    const blocking = report.results.filter(r => r.verdict === 'NotMet');
    const review = report.results.filter(r => r.verdict === 'NeedsReview');
    const unknown = report.results.filter(r => r.verdict === 'Unknown');
    if (report.outcome === 'Eligible') {
      return 'You meet every requirement we can check now.';
    }
    if (blocking.length > 0) {
      const count = blocking.length === 1 ? 'one requirement' : `${blocking.length} requirements`;
      const remedies = report.gaps.filter(g => g.isRemediable && blocking.some(r => r.requirementId === g.requirementId));
      const change = remedies.length > 0 ? ` What would change it: ${remedies.map(g => plain(g.description).replace(/\.$/, '')).join('; ')}.` : '';
      return `You do not meet ${count}. ${blocking.map(because).join('. ')}.${change}`;
    }
    if (review.length > 0) {
      const count = review.length === 1 ? 'one question' : `${review.length} questions`;
      const still = unknown.length > 0 ? ` Still unanswered: ${unknown.map(r => plain(r.title)).join('; ')}.` : '';
      return `A reviewer in the hiring office must decide ${count} before there is an answer. ${review.map(because).join('. ')}.${still}`;
    }
    if (report.outcome === 'Incomplete' && unknown.length > 0 && unknown.length <= 3) {
      const names = unknown.map(r => plain(r.title)).join('; ');
      const selective = unknown.some(r => r.requirementId === 'selective-service')
        ? ' For Selective Service: are you required to register, and have you? Answer the Selective Service question; you need not state your sex.'
        : '';
      return `You meet every requirement we can check except: ${names}.${selective}`;
    }
    if (report.outcome === 'Incomplete') {
      return `More answers needed: ${missingWords(report.missingInformation).join(', ')}.`;
    }
    return `Outcome: ${outcomeText[report.outcome] || report.outcome}.`;
  }

  // "You qualify at GL-5. With an answer about …, you may qualify at GL-7." The library answers only what is stated, so
  // the page asks it again with each unanswered question of a bachelor's degree (pass/fail share, major GPA, class
  // standing, honor society) answered in the person's favour, one at a time: the questions whose answer raises the grade.
  const raiseQuestions = [
    { id: 'education-pass-fail', key: 'passFailPercent', favourable: () => (saa && typeof saa.passFailMaxPercent === 'number' ? saa.passFailMaxPercent : 0) },
    { id: 'education-major-gpa', key: 'majorGpa', favourable: () => 4 },
    { id: 'education-class-standing', key: 'classStandingPercentile', favourable: () => 1 },
    { id: 'education-honor-society', key: 'honorSociety', favourable: () => true },
  ];

  async function raiseSentence(report, request) {
    const role = roles.get(report.roleId);
    const grades = role && role.grades ? role.grades.entry : [];
    const highest = report.highestQualifyingGrade;
    const at = grades.indexOf(highest);
    const education = request.profile.education || [];
    if (!highest || at < 0 || at === grades.length - 1 || education.length === 0) {
      return null;
    }
    const entryNodes = entries('education');
    const asks = [];
    education.forEach((item, index) => {
      if (item.level !== 'bachelors') {
        return;
      }
      for (const question of raiseQuestions) {
        if (item[question.key] === undefined) {
          asks.push({ index, question });
        }
      }
    });
    const raising = [];
    let best = null;
    await Promise.all(asks.map(async ({ index, question }) => {
      const profile = JSON.parse(JSON.stringify(request.profile));
      profile.education[index][question.key] = question.favourable();
      const what = { ...request, profile, roleId: report.roleId };
      const { ok, body } = await postJson('/api/eligibility', what);
      const raised = ok && body && body.highestQualifyingGrade ? grades.indexOf(body.highestQualifyingGrade) : -1;
      if (raised > at) {
        const node = entryNodes[index] ? entryNodes[index].querySelector(`[data-id="${question.id}"]`) : null;
        raising.push({ order: raiseQuestions.indexOf(question), id: node ? node.id : null, words: node ? labelText(node.id) : question.key });
        best = best === null || raised > best ? raised : best;
      }
    }));
    if (raising.length === 0) {
      return null;
    }
    raising.sort((a, b) => a.order - b.order);
    return { before: `You qualify at ${highest}. With an answer to `, after: `, you may qualify at ${grades[best]}.`, fields: raising };
  }

  function fieldLinks(fields) {
    const sentence = element('span');
    fields.forEach((f, i) => {
      if (i > 0) {
        sentence.append(i === fields.length - 1 ? ' or ' : ', ');
      }
      sentence.append(f.id ? element('a', { href: `#${f.id}`, class: 'field-link' }, `"${f.words}"`) : f.words);
    });
    return sentence;
  }

  async function postJson(url, body) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        cache: 'no-store',
      });
      return { ok: response.ok, body: await response.json().catch(() => null) };
    } catch {
      return { ok: false, body: null };
    }
  }

  function linkList(paths) {
    const out = [];
    const seen = new Set();
    for (const path of paths) {
      const match = fieldFor(path);
      const text = match ? match.words : 'an answer the check needs';
      if (seen.has(text)) {
        continue;
      }
      seen.add(text);
      out.push(match && match.id ? element('a', { href: `#${match.id}`, class: 'field-link' }, text) : element('span', {}, text));
    }
    const sentence = element('span');
    out.forEach((node, i) => {
      if (i > 0) {
        sentence.append(i === out.length - 1 ? ' and ' : ', ');
      }
      sentence.append(node);
    });
    return sentence;
  }

  // One report: a heading with the outcome and the lead sentence; the requirements, gaps, missing information and
  // caveats folded in a <details>, open only when a single role was checked.
  function renderReport(report, open) {
    for (const r of report.results) {
      requirementIds.add(r.requirementId);
    }
    const outcome = element('span', { class: `outcome outcome-${report.outcome}` }, outcomeText[report.outcome] || report.outcome);
    const heading = element('h3', { id: `report-${report.roleId}` }, report.roleTitle);
    const article = element('article', { class: 'report', 'data-role-id': report.roleId, 'aria-labelledby': heading.id },
      element('div', { class: 'report-head' }, heading, element('span', {}, 'Outcome: ', outcome)),
      element('p', { class: 'lead' }, explainOnce(leadSentence(report))));

    const grade = report.highestQualifyingGrade ? `Highest qualifying grade: ${gradeWords(report.highestQualifyingGrade)}. ` : '';
    article.append(element('p', { class: 'meta' },
      `${grade}As of ${displayDate(report.asOf)}, ${report.policy.toLowerCase()} policy, data ${report.dataVersion}.`));
    if (open === false) {
      article.append(element('p', { class: 'card-pay', 'data-pay-for': report.roleId }));
    }

    const container = element('details', { class: 'report-body' }, element('summary', {}, 'Requirements, gaps and sources'));
    container.open = open;
    article.append(container);

    const list = element('ul', { class: 'requirements' });
    const pending = [];
    for (const result of report.results) {
      if (result.verdict === 'Pending') {
        pending.push(result);
        continue;
      }
      list.append(element('li', { 'data-requirement-id': result.requirementId },
        element('span', { class: 'requirement-title' }, explainOnce(plain(result.title))), ' ',
        element('span', { class: `verdict verdict-${result.verdict}` }, verdictText[result.verdict] || result.verdict),
        element('p', { class: 'reason' }, explainOnce(plain(result.reason))), sourceList(result.sources)));
    }
    container.append(element('h4', {}, 'Requirements'), list);
    if (pending.length > 0) {
      container.append(element('p', { class: 'pending' },
        `Checked later in hiring: ${pending.map(r => lower(plain(r.title))).join(', ')}.`));
    }

    if (report.gaps.length > 0) {
      container.append(element('h4', {}, 'What would change the answer'));
      const gaps = element('ul', { class: 'gaps' });
      for (const gap of report.gaps) {
        const item = element('li', {}, withDisplayDates(plain(gap.description)));
        if (gap.earliestDate && !gap.description.includes(gap.earliestDate)) {
          item.append(' From ', element('time', { datetime: gap.earliestDate }, displayDate(gap.earliestDate)), '.');
        }
        if (!gap.isRemediable) {
          item.append(' (Cannot be remedied.)');
        }
        gaps.append(item);
      }
      container.append(gaps);
    }

    if (report.missingInformation.length > 0) {
      container.append(element('h4', {}, 'Information the check still needs'));
      container.append(element('p', {}, linkList(report.missingInformation), '.'));
    }

    if (report.warnings.length > 0) {
      container.append(element('h4', {}, 'Caveats'));
      const warnings = element('ul', { class: 'warnings' });
      for (const warning of report.warnings) {
        warnings.append(element('li', {}, explainOnce(plain(warning))));
      }
      container.append(warnings);
    }
    return article;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Pay where the person would work, at the grade they qualify for.

  const money = n => `$${Math.round(n).toLocaleString('en-US')}`;
  const days = n => (n === 1 ? '1 day' : `${n} days`);

  async function getJson(url) {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      const body = await response.json().catch(() => null);
      return { ok: response.ok, body };
    } catch {
      return { ok: false, body: null };
    }
  }

  function payUrl(roleId, grade, place, asOf) {
    const locality = place ? `&locality=${encodeURIComponent(place)}` : '';
    const date = asOf ? `&asOf=${encodeURIComponent(asOf)}` : '';
    return `/api/roles/${encodeURIComponent(roleId)}/pay?grade=${encodeURIComponent(grade)}${locality}${date}`;
  }

  function placeName(pay, typed) {
    return typed || pay.locality;
  }

  // "Starting pay in Houston: about $62,000 a year; with overtime pay $68,000–$77,000."
  function payLine(pay, typed) {
    const premium = typeof pay.totalMin === 'number' && pay.totalMax > pay.adjustedPay
      ? `; with ${pay.premium && pay.premium.kind === 'leap' ? 'availability pay (LEAP)' : 'overtime pay (AUO)'} ${money(pay.totalMin)}${pay.totalMax > pay.totalMin ? `–${money(pay.totalMax)}` : ''}`
      : '';
    return explainOnce(`Starting pay in ${placeName(pay, typed)}: about ${money(pay.adjustedPay)} a year${premium}.`);
  }

  // What the figure is: grade, step, locality area, year and what it includes.
  function payWhat(pay) {
    const table = pay.specialRateTable ? `special rate table ${pay.specialRateTable}` : 'locality pay';
    const capped = pay.capped ? ' It is held to the pay cap.' : '';
    return `The figure is ${pay.grade}, step ${pay.step}, in the ${pay.locality} locality pay area, with ${table}, on ${displayDate(pay.asOf)}.${capped}`;
  }

  function payBlock(pay, typed) {
    const block = element('div', { class: 'pay-answer' },
      element('p', { class: 'pay-estimate' }, payLine(pay, typed)),
      element('p', { class: 'pay-what help' }, payWhat(pay)));
    if ((pay.notes || []).length > 0) {
      block.append(element('ul', { class: 'pay-notes' }, ...pay.notes.map(n => element('li', {}, explainOnce(plain(n))))));
    }
    block.append(sourceList(pay.sources));
    return block;
  }

  function payRefusal(body, typed, grade) {
    const reason = body && body.problems && body.problems.length > 0
      ? body.problems.map(p => plain(p.message)).join(' ')
      : 'the data has no figure for it';
    const place = typed ? typed : 'the default pay area';
    return element('p', { class: 'pay-estimate pay-refused' }, `No pay figure for ${grade} in ${place}: ${reason}`);
  }

  async function showPay(target, roleId, grade, typed, asOf) {
    const { ok, body } = await getJson(payUrl(roleId, grade, typed, asOf));
    target.replaceChildren(ok && body && typeof body.adjustedPay === 'number' ? payBlock(body, typed) : payRefusal(body, typed, grade));
    return ok ? body : null;
  }

  async function cardPay(report, typed, asOf) {
    const target = resultsBox.querySelector(`[data-pay-for="${report.roleId}"]`);
    if (!target) {
      return;
    }
    if (!report.highestQualifyingGrade) {
      target.textContent = 'Pay: no qualifying grade yet.';
      return;
    }
    const places = typed ? null : await pricedPlaces(report.roleId, report.highestQualifyingGrade, asOf);
    const place = typed || firstPlace(places);
    if (!place) {
      target.textContent = `Pay at ${report.highestQualifyingGrade}: not estimated: ${places.refusal || 'no place has this pay in the data.'}`;
      return;
    }
    const { ok, body } = await getJson(payUrl(report.roleId, report.highestQualifyingGrade, place, asOf));
    target.textContent = ok && body && typeof body.adjustedPay === 'number'
      ? `Pay at ${report.highestQualifyingGrade}: ${payLine(body, place).replace(/^Starting pay in /, 'in ')}`
      : `Pay at ${report.highestQualifyingGrade}: no figure for ${place}: ${body && body.problems ? body.problems.map(p => plain(p.message)).join(' ') : 'the data has none'}`;
  }

  // The places where the server prices the role at the grade (the Rest of U.S. is not one while its 2026 locality
  // payment is not in the data), and the first of them: the place shown before the person chooses one.
  async function pricedPlaces(roleId, grade, asOf) {
    const date = asOf ? `&asOf=${encodeURIComponent(asOf)}` : '';
    const { ok, body } = await getJson(`/api/pay/localities?roleId=${encodeURIComponent(roleId)}&grade=${encodeURIComponent(grade)}${date}`);
    const places = ok && Array.isArray(body) ? body : [];
    // When the server refuses the grade itself, its reason (in words) is what the page says instead of a figure.
    places.refusal = !ok && body && body.problems ? body.problems.map(p => plain(p.message)).join(' ') : null;
    return places;
  }

  function firstPlace(places) {
    const area = places.find(p => p.kind !== 'duty-station') || places[0];
    return area ? area.name : '';
  }

  // The place a person types (a city, an ICE field office, a locality id) and the places to suggest.
  function locationField(places, fallback) {
    const list = element('datalist', { id: 'pay-places' });
    for (const place of places || []) {
      list.append(element('option', { value: place.kind === 'duty-station' ? place.locality : place.name }, place.name));
    }
    const input = element('input', { id: 'pay-location', type: 'text', list: 'pay-places', autocomplete: 'off', 'aria-describedby': 'pay-location-help' });
    input.value = document.body.dataset.place || fallback || '';
    const button = element('button', { type: 'button', id: 'pay-show' }, 'Show pay there');
    return element('div', { class: 'field pay-location' },
      element('label', { for: 'pay-location' }, 'Where you would work'), input, list, button,
      element('span', { id: 'pay-location-help', class: 'help' },
        'A city, an ICE field office or an OPM locality pay area. The list offers the places where pay is in the data; a place without it says so.'));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The answer panel (first), the message when every role waits on the same answer, the cards.

  async function renderAnswer(report, request) {
    const asOf = request.asOf;
    const role = roles.get(report.roleId);
    const heading = element('h3', { id: 'answer-heading' }, `Your answer: ${report.roleTitle}`);
    // Outcome, grade and pay first; then why.
    const panel = element('section', { class: 'answer-panel', 'aria-labelledby': 'answer-heading' }, heading,
      element('p', { class: 'answer-outcome' }, 'Outcome: ',
        element('span', { class: `outcome outcome-${report.outcome}` }, outcomeText[report.outcome] || report.outcome)));
    const grade = report.highestQualifyingGrade;
    if (grade) {
      panel.append(element('p', { class: 'answer-grade' }, `Highest grade you qualify for: ${gradeWords(grade)}.`));
    }
    const raise = await raiseSentence(report, request);
    if (raise) {
      panel.append(element('p', { class: 'answer-raise' }, raise.before, fieldLinks(raise.fields), raise.after));
    }
    panel.append(element('p', { class: 'answer-lead' }, explainOnce(leadSentence(report))));
    const payGrade = grade || (role && role.grades && role.grades.entry[0]);
    const payResult = element('div', { id: 'pay-result', 'aria-live': 'polite' });
    if (payGrade) {
      const places = await pricedPlaces(report.roleId, payGrade, asOf);
      panel.append(element('h4', {}, grade ? `Pay at ${grade}` : `Pay at the entry grade ${payGrade} (you do not qualify for it yet)`),
        locationField(places, firstPlace(places)), payResult);
    }
    answerBox.replaceChildren(panel);
    if (payGrade) {
      const input = document.getElementById('pay-location');
      const show = () => {
        document.body.dataset.place = input.value.trim();
        return showPay(payResult, report.roleId, payGrade, input.value.trim(), asOf);
      };
      document.getElementById('pay-show').addEventListener('click', show);
      input.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
          event.preventDefault();
          show();
        }
      });
      await show();
    }
  }

  // When every role waits on the same answers, one message above the cards asks for them (each a link to its field).
  function commonMissing(reports) {
    if (reports.length < 2 || reports.some(r => r.missingInformation.length === 0)) {
      return [];
    }
    return reports[0].missingInformation.filter(path => reports.every(r => r.missingInformation.includes(path)));
  }

  async function renderAll(reports, asOf) {
    const panel = element('section', { class: 'answer-panel', 'aria-labelledby': 'answer-heading' },
      element('h3', { id: 'answer-heading' }, 'Your answer: all roles'));
    const eligible = reports.filter(r => r.outcome === 'Eligible');
    const best = reports[0];
    panel.append(element('p', { class: 'answer-lead' }, eligible.length > 0
      ? `You are eligible for ${eligible.length} of ${reports.length} roles. Best: ${best.roleTitle}${best.highestQualifyingGrade ? ` at ${gradeWords(best.highestQualifyingGrade)}` : ''}.`
      : `No role is a sure yes yet. Best: ${best.roleTitle}, ${outcomeText[best.outcome]}.`));
    const common = commonMissing(reports);
    if (common.length > 0) {
      panel.append(element('p', { class: 'finish-check' }, `To finish the check for all ${reports.length} roles, answer: `, linkList(common), '.'));
    }
    const places = await getJson('/api/pay/localities');
    panel.append(locationField(places.ok ? places.body : []));
    answerBox.replaceChildren(panel);
    const input = document.getElementById('pay-location');
    const show = () => {
      document.body.dataset.place = input.value.trim();
      return Promise.all(reports.map(r => cardPay(r, input.value.trim(), asOf)));
    };
    document.getElementById('pay-show').addEventListener('click', show);
    input.addEventListener('keydown', event => {
      if (event.key === 'Enter') {
        event.preventDefault();
        show();
      }
    });
    return show;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Hiring paths and veterans' preference (POST /api/paths), with the posting chosen below when there is one.

  const categoryWords = {
    cps: 'a 10-point preference eligible (CPS: a service-connected disability of 30 % or more)',
    cp: 'a 10-point preference eligible (CP: a compensable service-connected disability)',
    xp: 'a 10-point preference eligible (XP: another disability, a Purple Heart or derived preference)',
    tp: 'a 5-point preference eligible (TP)',
    ssp: 'a sole survivorship preference eligible (SSP: no points, listed ahead of others)',
  };
  const authorityWords = {
    'direct-hire': 'direct-hire',
    'delegated-examining': 'competitive (delegated examining)',
    'merit-promotion': 'merit promotion',
  };

  function preferenceSentence(report) {
    const p = report.preference;
    let text;
    if (p.category === 'none') {
      text = 'You have no veterans\' preference.';
    } else if (p.category === 'unknown') {
      text = 'Your veterans\' preference is not decided yet.';
    } else {
      text = `You are ${categoryWords[p.category] || `a ${p.points}-point preference eligible (${p.category.toUpperCase()})`}${p.tentative ? ', tentatively' : ''}.`;
    }
    if (report.posting) {
      const authority = authorityWords[report.posting.hiringAuthority] || 'this kind of';
      text += report.posting.preferenceApplies
        ? ` Preference applies to ${authority} postings like this one.`
        : ` Preference does not apply to ${authority} postings like this one.`;
    }
    return text;
  }

  async function checkPaths() {
    if (!last.request) {
      return;
    }
    const body = { profile: last.request.profile };
    if (last.request.asOf) {
      body.asOf = last.request.asOf;
    }
    if (last.posting) {
      body.posting = last.posting.document;
      body.positionId = last.posting.positionId;
    }
    let report;
    try {
      const response = await fetch('/api/paths', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        cache: 'no-store',
      });
      report = await response.json();
      if (!response.ok) {
        pathsBox.replaceChildren(element('p', { class: 'paths-error' }, `The hiring-path check could not run: ${fromApi(report).map(p => p.text).join(' ')}`));
        return;
      }
    } catch (error) {
      pathsBox.replaceChildren(element('p', { class: 'paths-error' }, `The hiring-path check failed: ${error.message}`));
      return;
    }
    renderPaths(report);
  }

  function renderPaths(report) {
    const section = element('section', { class: 'paths', 'aria-labelledby': 'paths-heading' },
      element('h3', { id: 'paths-heading' }, 'Hiring paths and veterans\' preference'),
      element('p', { class: 'paths-answer' }, preferenceSentence(report)),
      element('p', { class: 'paths-reason' }, explainOnce(plain(report.preference.reason))));
    if (report.posting) {
      section.append(element('p', { class: 'paths-posting' }, `Posting ${report.posting.positionId}: ${plain(report.posting.note)}`));
    }
    const open = report.paths.filter(p => p.verdict === 'eligible');
    const maybe = report.paths.filter(p => p.verdict === 'unknown');
    const closed = report.paths.filter(p => p.verdict === 'not-eligible' || p.verdict === 'not-applicable');
    const pathItem = p => element('li', { 'data-path-id': p.id },
      element('span', { class: 'path-title' }, p.title),
      p.until ? element('span', { class: 'path-until' }, ` — open to you until `, element('time', { datetime: p.until }, displayDate(p.until))) : null,
      p.maxGrade ? element('span', { class: 'path-grade' }, ` (up to ${p.maxGrade})`) : null,
      element('p', { class: 'reason' }, explainOnce(plain(p.reason))));
    section.append(element('h4', {}, open.length > 0 ? `Paths open to you (${open.length})` : 'Paths open to you: none yet'));
    if (open.length > 0) {
      section.append(element('ul', { class: 'paths-open' }, ...open.map(pathItem)));
    }
    if (maybe.length > 0) {
      section.append(element('h4', {}, `Paths that depend on answers not given (${maybe.length})`),
        element('ul', { class: 'paths-unknown' }, ...maybe.map(pathItem)));
    }
    if (closed.length > 0) {
      section.append(element('details', { class: 'paths-closed' }, element('summary', {}, `Paths not open to you (${closed.length})`),
        element('ul', {}, ...closed.map(pathItem))));
    }
    if (report.evidence.length > 0) {
      section.append(element('h4', {}, 'Documents to bring'),
        element('ul', { class: 'evidence' }, ...report.evidence.map(e => element('li', { 'data-evidence-id': e.id }, e.title))));
    }
    if (report.missingInformation.length > 0) {
      section.append(element('p', { class: 'paths-missing' }, 'To decide the rest, answer: ', linkList(report.missingInformation), '.'));
    }
    const ids = [...new Set([...report.preference.sources, ...report.paths.flatMap(p => p.sources), ...report.evidence.flatMap(e => e.sources)])];
    section.append(sourceList(ids));
    pathsBox.replaceChildren(section);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Postings for the role: searched live on USAJOBS when the server has a key, else read from a saved search result.

  function usajobsLink(role) {
    // The USAJOBS search page with the role's title as keywords (k; public code also uses l for a location):
    // docs/usajobs.md says what this rests on.
    const url = `https://www.usajobs.gov/search/results/?k=${encodeURIComponent(role.title)}`;
    return element('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'usajobs' },
      `Search USAJOBS for "${role.title}"`, element('span', { class: 'visually-hidden' }, ' (opens in a new tab)'));
  }

  function renderPostingsSection(role) {
    const results = element('div', { id: 'postings-result', 'aria-live': 'polite' });
    const section = element('section', { class: 'postings', 'aria-labelledby': 'postings-heading' },
      element('h3', { id: 'postings-heading' }, `Current postings for ${role.title}`));
    if (liveSearch) {
      const button = element('button', { type: 'button', id: 'postings-search' }, `Search ICE's current postings (series ${role.series.code})`);
      button.addEventListener('click', () => searchLive(role, results));
      section.append(element('p', {}, 'This server searches USAJOBS for ICE\'s current postings in the role\'s series and checks each against your answers.'), button);
    } else {
      section.append(postingsFileField(results,
        'This server has no USAJOBS key. A USAJOBS Search API result saved as a file can be checked here; it is read in this tab and sent only to this server.'));
    }
    section.append(element('p', { class: 'next-step' }, usajobsLink(role), '. ICE\'s announcements there are what counts.'), results);
    postingsBox.replaceChildren(section);
  }

  // The field that reads a saved search result into `results`, with `help` beneath it.
  function postingsFileField(results, help) {
    const input = element('input', { id: 'postings-file', type: 'file', accept: '.json,application/json', 'aria-describedby': 'postings-file-help' });
    input.addEventListener('change', () => readPostingsFile(input, results));
    return element('div', { class: 'field' },
      element('label', { for: 'postings-file' }, 'A saved USAJOBS search result (JSON file)'), input,
      element('span', { id: 'postings-file-help', class: 'help' }, help));
  }

  async function searchLive(role, results) {
    results.replaceChildren(element('p', {}, 'Searching USAJOBS…'));
    const { ok, body } = await getJson(`/api/postings/search?roleId=${encodeURIComponent(role.id)}`);
    if (!ok) {
      // The server's reason in words (USAJOBS down, an error, something that is no search result), and the saved-file
      // way in, which the reason names.
      const reason = body ? plain(body.detail || body.title) : 'This server did not answer. Try again later.';
      results.replaceChildren(element('p', { class: 'postings-error' }, `The search did not work: ${/[.!?]$/.test(reason) ? reason : `${reason}.`}`));
      if (!document.getElementById('postings-file')) {
        results.before(postingsFileField(results,
          'A USAJOBS Search API result saved as a file can be checked here instead; it is read in this tab and sent only to this server.'));
      }
      return;
    }
    await evaluatePostings(body, role, results);
  }

  function readPostingsFile(input, results) {
    const file = input.files && input.files[0];
    if (!file) {
      return;
    }
    const reader = new FileReader();
    reader.onload = async () => {
      let searchResult;
      try {
        searchResult = JSON.parse(reader.result);
      } catch {
        results.replaceChildren(element('p', { class: 'postings-error' }, `${file.name} is not a JSON file; save the USAJOBS search result as JSON and open it again.`));
        return;
      }
      await evaluatePostings(searchResult, roles.get(last.request && last.request.roleId ? last.request.roleId : roleSelect.value), results);
    };
    reader.onerror = () => results.replaceChildren(element('p', { class: 'postings-error' }, `${file.name} could not be read.`));
    reader.readAsText(file);
  }

  async function evaluatePostings(searchResult, role, results) {
    const request = { announcements: searchResult, profile: last.request ? last.request.profile : {} };
    if (last.request && last.request.asOf) {
      request.asOf = last.request.asOf;
    }
    if (last.request && last.request.policy) {
      request.policy = last.request.policy;
    }
    let listings;
    try {
      const response = await fetch('/api/announcements/evaluate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request),
        cache: 'no-store',
      });
      listings = await response.json();
      if (!response.ok) {
        results.replaceChildren(element('p', { class: 'postings-error' }, `The postings could not be read: ${fromApi(listings).map(p => p.text).join(' ')}`));
        return;
      }
    } catch (error) {
      results.replaceChildren(element('p', { class: 'postings-error' }, `The postings could not be checked: ${error.message}`));
      return;
    }
    last.postings = searchResult;
    const mine = listings.filter(l => l.roleId === role.id);
    const others = listings.length - mine.length;
    const list = element('ul', { class: 'posting-list' });
    for (const listing of mine) {
      list.append(postingItem(listing, searchResult));
    }
    results.replaceChildren(
      element('p', { class: 'postings-summary' },
        `${mine.length === 1 ? 'One posting' : `${mine.length} postings`} for ${role.title}${others > 0 ? ` (and ${others} for other roles or other agencies, not shown)` : ''}.`),
      list);
  }

  function postingItem(listing, searchResult) {
    const status = listing.open === true ? 'open' : listing.open === false ? (listing.closes && last.request && listing.closes < (last.request.asOf || '9999') ? 'closed' : 'not open') : 'dates unknown';
    const closes = listing.closes ? element('span', {}, ' · closes ', element('time', { datetime: listing.closes }, displayDate(listing.closes))) : ' · closing date not stated';
    const item = element('li', { class: 'posting', 'data-position-id': listing.positionId },
      element('h4', {}, listing.title),
      element('p', { class: 'posting-facts' }, `${listing.positionId} · ${listing.grades.length > 0 ? listing.grades.join(', ') : 'grades not stated'}`, closes, ` · ${status}`));
    if (listing.report) {
      const r = listing.report;
      const grade = r.highestQualifyingGrade ? ` You qualify at ${gradeWords(r.highestQualifyingGrade)}.` : '';
      item.append(element('p', { class: 'posting-fit' }, element('span', { class: `outcome outcome-${r.outcome}` }, outcomeText[r.outcome] || r.outcome), ` ${explainOnce(leadSentence(r))}${grade}`));
    }
    for (const note of listing.notes || []) {
      item.append(element('p', { class: 'help' }, plain(note)));
    }
    const choose = element('button', { type: 'button', class: 'posting-choose', 'aria-pressed': 'false' }, 'Check my hiring paths for this posting');
    choose.addEventListener('click', async () => {
      for (const other of postingsBox.querySelectorAll('.posting-choose')) {
        other.setAttribute('aria-pressed', 'false');
      }
      choose.setAttribute('aria-pressed', 'true');
      last.posting = { document: searchResult, positionId: listing.positionId };
      await checkPaths();
    });
    item.append(choose);
    return item;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The role itself: duties, hiring steps, training (folded below the answer).

  function pipelineBlock(pipeline) {
    const list = element('ol', { class: 'pipeline' });
    for (const stage of pipeline.stages) {
      const duration = stage.duration
        ? (stage.duration.minDays === stage.duration.maxDays
          ? `typically ${days(stage.duration.minDays)}`
          : `typically ${days(stage.duration.minDays)} to ${days(stage.duration.maxDays)}`)
        : null;
      const summary = element('summary', {}, element('span', { class: 'stage-name' }, stage.name),
        duration ? element('span', { class: 'stage-duration' }, ` (${duration})`) : null);
      const body = element('details', { class: 'stage' }, summary, element('p', {}, explainOnce(plain(stage.checks))));
      if ((stage.failures || []).length > 0) {
        body.append(element('p', { class: 'stage-failures-heading' }, 'What can end an application here:'),
          element('ul', { class: 'stage-failures' }, ...stage.failures.map(f => element('li', {}, plain(f)))));
      }
      body.append(sourceList(stage.sources));
      list.append(element('li', {}, body));
    }
    return list;
  }

  function trainingBlock(training) {
    const timeline = element('ol', { class: 'training-timeline' });
    for (const program of training.plan.programs) {
      const slot = (training.schedule || []).find(x => x.programId === program.programId);
      const length = typeof program.trainingDays === 'number'
        ? `${program.trainingDays} training days (${program.daysPerWeek} a week)`
        : typeof program.weeks === 'number' ? `${program.weeks} weeks` : 'length not known';
      const where = program.location ? ` at ${program.location}` : '';
      const item = element('li', {}, element('span', { class: 'program-name' }, program.name), `: ${length}${where}.`);
      if (slot) {
        item.append(' ', element('time', { datetime: slot.start }, displayDate(slot.start)), ' to ', element('time', { datetime: slot.end }, displayDate(slot.end)), '.');
      }
      if (program.note) {
        item.append(element('p', { class: 'help' }, plain(program.note)));
      }
      if (program.failure) {
        item.append(element('details', { class: 'program-failure' }, element('summary', {}, 'If a trainee fails'),
          element('p', {}, plain(program.failure))));
      }
      timeline.append(item);
    }
    const total = typeof training.plan.totalTrainingDays === 'number' ? `${training.plan.totalTrainingDays} training days in all; ` : '';
    return [element('p', { class: 'training-span' },
      `Starting on ${displayDate(training.start)}: ${total}training ends about ${displayDate(training.expectedEnd)}.`), timeline];
  }

  function renderRole(role, extra) {
    const section = element('section', { class: 'role', 'aria-labelledby': 'role-heading' },
      element('h3', { id: 'role-heading' }, `About the role: ${role.title}`));
    if (role.summary) {
      section.append(element('p', { class: 'role-summary' }, explainOnce(plain(role.summary.text))), sourceList(role.summary.sources));
    }
    const facts = element('ul', { class: 'role-facts' });
    if (role.grades) {
      const full = role.grades.fullPerformance ? `; full performance ${role.grades.fullPerformance}` : '';
      facts.append(element('li', {}, `Grades: entry ${role.grades.entry.join(', ')}${full}.`));
    }
    if (role.series) {
      facts.append(element('li', {}, `Job series ${role.series.code} (${role.series.title}).`));
    }
    section.append(facts);
    const duties = (role.duties || []).filter(d => d.level !== 'Historical');
    if (duties.length > 0) {
      section.append(element('h4', {}, 'Duties'),
        element('ul', {}, ...duties.map(d => element('li', {}, explainOnce(plain(d.text))))));
    }
    if ((role.payNotes || []).length > 0) {
      section.append(element('h4', {}, 'Pay'),
        element('ul', {}, ...role.payNotes.map(n => element('li', {}, explainOnce(plain(n.text))))));
    }
    if (extra.pipeline && Array.isArray(extra.pipeline.stages) && extra.pipeline.stages.length > 0) {
      section.append(element('h4', {}, `Hiring steps (${extra.pipeline.stages.length})`), pipelineBlock(extra.pipeline));
    }
    if ((role.training && role.training.note) || (extra.training && extra.training.plan)) {
      section.append(element('h4', {}, 'Training'));
      if (role.training && role.training.note) {
        section.append(element('p', {}, explainOnce(plain(role.training.note))));
      }
      if (extra.training && extra.training.plan && Array.isArray(extra.training.plan.programs)) {
        section.append(...trainingBlock(extra.training));
      }
    }
    return section;
  }

  async function roleDetails(role, asOf) {
    const id = encodeURIComponent(role.id);
    const [pipeline, training] = await Promise.all([
      getJson(`/api/roles/${id}/pipeline`),
      getJson(`/api/roles/${id}/training${asOf ? `?start=${encodeURIComponent(asOf)}` : ''}`),
    ]);
    return { pipeline: pipeline.ok ? pipeline.body : null, training: training.ok ? training.body : null };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The printout: "Your answers" above the result, and the caveat, data version and date below it.

  function answerSummary() {
    const list = element('dl', { class: 'answers-list' });
    for (const field of form.querySelectorAll('input, select')) {
      if (!visible(field) || field.type === 'file' || field.closest('.answer-panel')) {
        continue;
      }
      const shown = field.tagName === 'SELECT' ? (field.value === '' ? '' : field.selectedOptions[0].textContent) : field.value.trim();
      if (shown === '' || (field.tagName === 'INPUT' && field.type === 'date' && !field.value)) {
        continue;
      }
      const text = field.type === 'date' ? displayDate(field.value) : shown;
      list.append(element('dt', {}, labelText(field.id)), element('dd', {}, text));
    }
    return element('section', { class: 'your-answers', 'aria-labelledby': 'your-answers-heading' },
      element('h3', { id: 'your-answers-heading' }, 'Your answers'),
      list.children.length > 0 ? list : element('p', {}, 'No answers given.'));
  }

  function footerText() {
    const data = about ? `Data ${about.dataVersion}, reviewed ${displayDate(about.dataAsOf)}.` : '';
    return element('div', { class: 'print-caveat' },
      element('p', {}, 'Not legal or hiring advice: ICE\'s announcements on USAJOBS are what counts. Every verdict names its sources, listed under each result with their addresses. ', data));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The check.

  async function check(event) {
    event.preventDefault();
    clearProblems();
    const bad = unreadable();
    if (bad.length > 0) {
      clearResults();
      statusBox.textContent = 'Not checked: some answers need fixing (listed above the form).';
      showProblems(bad);
      return;
    }
    const roleId = roleSelect.value;
    const all = roleId === '*';
    const request = { policy: value('policy'), profile: buildProfile() };
    if (value('as-of')) {
      request.asOf = value('as-of');
    }
    if (!all) {
      request.roleId = roleId;
    }

    submitButton.disabled = true;
    statusBox.textContent = 'Checking…';
    explained = new Set();
    try {
      const response = await fetch(all ? '/api/eligibility/all' : '/api/eligibility', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request),
        cache: 'no-store',
      });
      const body = await response.json();
      if (!response.ok) {
        clearResults();
        statusBox.textContent = 'Not checked: some answers need fixing (listed above the form).';
        showProblems(fromApi(body));
        return;
      }

      last.request = request;
      last.posting = null;
      const reports = all ? body : [body];
      last.reports = reports;
      reports.forEach(r => r.results.forEach(x => requirementIds.add(x.requirementId)));
      const eligible = reports.filter(r => r.outcome === 'Eligible').length;
      const summary = all
        ? `Checked ${reports.length} roles: ${eligible} eligible. Best: ${reports[0].roleTitle}, ${outcomeText[reports[0].outcome]}. ${leadSentence(reports[0])}`
        : `${body.roleTitle}: ${outcomeText[body.outcome]}. ${leadSentence(body)}`;
      const title = all
        ? `${reports.length} roles checked: ${eligible} eligible — ${pageTitle}`
        : `${body.roleTitle}: ${outcomeText[body.outcome]}${body.highestQualifyingGrade ? ` at ${body.highestQualifyingGrade}` : ''} — ${pageTitle}`;

      answersBox.replaceChildren(answerSummary());
      let showCardPay = null;
      if (all) {
        showCardPay = await renderAll(reports, request.asOf);
      } else {
        await renderAnswer(body, request);
      }
      const ranked = element('ol', { class: 'ranked' }, ...reports.map(r => element('li', {}, renderReport(r, !all))));
      resultsBox.replaceChildren(element('h3', { class: all ? 'cards-heading' : 'visually-hidden' }, all ? 'Each role' : 'Every requirement'), ranked);
      // Said once the answer and the reports are on the page.
      statusBox.textContent = summary;
      document.title = title;
      if (showCardPay) {
        await showCardPay();
      }
      await checkPaths();
      if (!all && roles.has(body.roleId)) {
        renderPostingsSection(roles.get(body.roleId));
        roleBox.replaceChildren(renderRole(roles.get(body.roleId), await roleDetails(roles.get(body.roleId), request.asOf)));
      } else {
        postingsBox.replaceChildren();
        roleBox.replaceChildren();
      }
      printFooter.replaceChildren(footerText());
      if (!asOfWarning.hidden) {
        statusBox.textContent = `${summary} The as-of date is in the future: later rule changes are not known yet.`;
      }
      printButton.hidden = false;
      document.getElementById('skip-link').hidden = false;
      // The results at the top of the screen, so that the answer panel is in the first screen on a phone.
      const resultsHeading = document.getElementById('results-heading');
      resultsHeading.focus({ preventScroll: true });
      resultsHeading.scrollIntoView({ block: 'start' });
    } catch (error) {
      statusBox.textContent = `The check failed: ${error.message}`;
    } finally {
      submitButton.disabled = false;
    }
  }

  function clearResults() {
    for (const box of [answersBox, answerBox, resultsBox, pathsBox, postingsBox, roleBox, printFooter]) {
      box.replaceChildren();
    }
    printButton.hidden = true;
  }

  async function load() {
    try {
      const [roleList, sourceList, table, standard, status, info] = await Promise.all([
        fetch('/api/roles').then(r => r.json()),
        fetch('/api/sources').then(r => r.json()),
        fetch('words.json').then(r => r.json()),
        getJson('/api/requirements/education-experience'),
        getJson('/api/postings/status'),
        getJson('/api/about'),
      ]);
      for (const source of sourceList) {
        sources.set(source.id, source);
      }
      words = table.paths.map(row => ({ ...row, regex: new RegExp(row.path) }));
      saa = standard.ok && standard.body ? standard.body.superiorAcademicAchievement : null;
      liveSearch = status.ok && status.body ? status.body.live === true : false;
      about = info.ok ? info.body : null;
      for (const role of roleList) {
        roles.set(role.id, role);
        const legacy = role.status === 'Legacy' ? ' (legacy title)' : '';
        roleSelect.append(element('option', { value: role.id }, `${role.title}${legacy}`));
      }
      for (const select of form.querySelectorAll('select[data-pay-grades]:not([data-id])')) {
        fillPayGrades(select);
      }
      addEntry('education');
      addEntry('experience');
      passFailQuestion();
      updateVisibility();
      form.dataset.ready = 'true';
    } catch (error) {
      statusBox.textContent = `Could not load the roles: ${error.message}`;
    }
  }

  const printButton = document.getElementById('print');
  const asOfInput = document.getElementById('as-of');
  const asOfWarning = document.getElementById('as-of-warning');

  function today() {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }

  function warnIfFuture() {
    asOfWarning.hidden = !(asOfInput.value && asOfInput.value > today());
  }

  form.addEventListener('submit', check);
  form.addEventListener('change', updateVisibility);
  form.addEventListener('click', event => {
    const add = event.target.closest('[data-add]');
    if (add) {
      const entry = addEntry(add.dataset.add);
      const first = entry.querySelector('select, input');
      if (first) {
        first.focus();
      }
    }
  });
  asOfInput.addEventListener('input', warnIfFuture);
  asOfInput.addEventListener('change', warnIfFuture);
  printButton.addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll('.results details')) {
      details.open = true;
    }
  });
  form.addEventListener('reset', event => {
    if (!window.confirm('Clear every answer and the results?')) {
      event.preventDefault();
      return;
    }
    clearProblems();
    clearResults();
    document.getElementById('skip-link').hidden = true;
    asOfWarning.hidden = true;
    statusBox.textContent = 'The form is cleared.';
    document.title = pageTitle;
    setTimeout(() => {
      for (const kind of ['education', 'experience', 'period']) {
        entries(kind).slice(1).forEach(entry => entry.remove());
        numberEntries(kind);
      }
      updateVisibility();
    }, 0);
  });
  load();
})();
