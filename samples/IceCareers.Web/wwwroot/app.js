// The eligibility page. Plain JavaScript, no build step. The profile is built from the form in this tab, sent to
// POST /api/eligibility (or /all), and never stored: no cookies, no localStorage, nothing kept between checks.
'use strict';

(() => {
  const form = document.getElementById('check-form');
  const roleSelect = document.getElementById('role');
  const statusBox = document.getElementById('status');
  const resultsBox = document.getElementById('results');
  const problemsBox = document.getElementById('problems');
  const submitButton = document.getElementById('submit');
  const sources = new Map();
  const roles = new Map();

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

  // Request paths (as the API reports problems and missing information) to the form field that holds them, its
  // label in plain words, and for number fields the range the API accepts ("Enter a GPA between 0 and 4").
  const fields = [
    { path: /^roleId$/, id: 'role', words: 'the role' },
    { path: /^asOf$/, id: 'as-of', words: 'the as-of date' },
    { path: /^policy$/, id: 'policy', words: 'the screening policy' },
    { path: /^(profile\.)?dateOfBirth$/, id: 'dob', words: 'your date of birth' },
    { path: /^(profile\.)?citizenship$/, id: 'citizenship', words: 'your citizenship' },
    { path: /^(profile\.)?sex$/, id: 'sex', words: 'your sex' },
    { path: /^(profile\.)?selectiveService$/, id: 'selective-service', words: 'Selective Service registration' },
    { path: /^(profile\.)?driversLicense$/, id: 'drivers-license', words: "whether you hold a valid driver's license" },
    { path: /^(profile\.)?education(\[\d+\])?\.level$/, id: 'education-level', words: 'your education level' },
    { path: /^(profile\.)?education(\[\d+\])?\.gpa$/, id: 'education-gpa', words: 'your GPA', range: 'Enter a GPA between 0 and 4' },
    { path: /^(profile\.)?education(\[\d+\])?\.semesterHours$/, id: 'education-hours', words: 'your undergraduate semester hours', range: 'Enter semester hours between 0 and 1000' },
    { path: /^(profile\.)?education$/, id: 'education-level', words: 'your education' },
    { path: /^(profile\.)?experience(\[\d+\])?\.months$/, id: 'experience-months', words: 'your months of experience', range: 'Enter months of experience between 0 and 1200' },
    { path: /^(profile\.)?experience(\[\d+\])?\.specialized$/, id: 'experience-specialized', words: 'whether your experience is specialized' },
    { path: /^(profile\.)?experience(\[\d+\])?\.grade$/, id: 'experience-grade', words: 'the GS-equivalent grade of your work', range: 'Enter a GS-equivalent grade between 1 and 15' },
    { path: /^(profile\.)?experience$/, id: 'experience-months', words: 'your work experience' },
    { path: /^(profile\.)?military(\.veteran)?$/, id: 'veteran', words: 'whether you are a veteran' },
    { path: /^(profile\.)?military\.preferenceEligible$/, id: 'preference-eligible', words: 'whether you are a preference-eligible veteran' },
    { path: /^(profile\.)?priorFederalLawEnforcement$/, id: 'prior-leo', words: 'prior federal law-enforcement service' },
    { path: /^(profile\.)?history\.convictions/, id: 'convictions', words: 'your criminal convictions' },
    { path: /^(profile\.)?history\.drugUse/, id: 'drug-use', words: 'prior illegal drug use' },
    { path: /^(profile\.)?languages/, id: 'spanish', words: 'your Spanish proficiency' },
  ];
  const fieldFor = path => fields.find(f => f.path.test(path));

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
    ['licence', 'license'],
  ];
  const requirementIds = new Set();

  function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // Plain words: drops "(source-id, other-id)" asides, names sources by their title and replaces internal field names.
  function plain(text) {
    if (!text) {
      return '';
    }
    const isId = token => sources.has(token) || requirementIds.has(token);
    let out = text.replace(/\s*\(([^()]*)\)/g, (whole, inner) =>
      inner.split(/[,;]\s*/).every(t => isId(t.trim())) ? '' : whole);
    out = out.replace(/\bprofile\.[A-Za-z.[\]0-9]+/g, path => (fieldFor(path) || { words: 'an answer' }).words);
    for (const [name, words] of internalWords) {
      out = out.replace(new RegExp(`\\b${escapeRegex(name)}\\b`, 'g'), words);
    }
    out = out.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, token => (sources.has(token) ? sources.get(token).title : token));
    return out;
  }

  // "your sex, Selective Service registration" from missing-information paths.
  function missingWords(paths) {
    return [...new Set(paths.map(p => (fieldFor(p) || { words: plain(p) }).words))];
  }

  function value(id) {
    return document.getElementById(id).value.trim();
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

  // The profile document of the library (camelCase keys, kebab-case words); absent fields mean "unknown".
  function buildProfile() {
    const level = value('education-level');
    let education;
    if (level === 'none') {
      education = [];
    } else {
      const entry = withoutUndefined({
        level: level === '' ? undefined : level,
        gpa: number('education-gpa'),
        semesterHours: number('education-hours'),
      });
      education = entry ? [entry] : undefined;
    }

    const months = number('experience-months');
    const specialized = yesNo('experience-specialized');
    const grade = number('experience-grade');
    let experience;
    if (months === 0 && specialized === undefined && grade === undefined) {
      experience = [];
    } else {
      const entry = withoutUndefined({ months, specialized, grade });
      experience = entry ? [entry] : undefined;
    }

    const convictions = value('convictions');
    const drugUse = value('drug-use');
    const spanish = value('spanish');

    return withoutUndefined({
      dateOfBirth: value('dob') || undefined,
      citizenship: value('citizenship') || undefined,
      sex: value('sex') || undefined,
      selectiveService: value('selective-service') || undefined,
      driversLicense: yesNo('drivers-license'),
      education,
      experience,
      military: withoutUndefined({ veteran: yesNo('veteran'), preferenceEligible: yesNo('preference-eligible') }),
      priorFederalLawEnforcement: yesNo('prior-leo'),
      history: withoutUndefined({
        convictions: convictions === '' ? undefined
          : convictions === 'none' ? []
            : convictions === 'unstated' ? [{}] : [{ category: convictions }],
        drugUse: drugUse === '' ? undefined : drugUse === 'none' ? [] : [{}],
      }),
      languages: spanish === '' ? undefined : spanish === 'none' ? [] : [{ language: 'Spanish', proficiency: spanish }],
    }) || {};
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, v] of Object.entries(attributes || {})) {
      if (v !== undefined && v !== null) {
        node.setAttribute(key, v);
      }
    }
    for (const child of children) {
      if (child !== undefined && child !== null) {
        node.append(child);
      }
    }
    return node;
  }

  function safeUrl(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  // "Sources (n)", folded: each a link where the source has a web address, with its publisher and confidence.
  function sourceList(ids) {
    if (!ids || ids.length === 0) {
      return element('p', { class: 'sources' }, 'Sources: none given.');
    }
    const list = element('ul', { class: 'sources' });
    for (const id of ids) {
      const source = sources.get(id);
      // U.S. spelling in the catalog's own descriptive titles ("driver's licence" → "driver's license").
      const title = source ? source.title.replace(/\blicence/g, 'license') : 'A source not in the catalog';
      // A source read in a copy elsewhere (source.via) links to that copy when the publisher's own address is unknown.
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
      list.append(item);
    }
    return element('details', { class: 'source-list' }, element('summary', {}, `Sources (${ids.length})`), list);
  }

  const lower = text => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

  // "Criminal history: the profile lists a conviction; …" — a requirement's title and its reason, in plain words.
  const because = r => `${plain(r.title)}: ${lower(plain(r.reason)).replace(/\.$/, '')}`;

  // The first sentence of a report: the answer, and what it rests on — the requirements not met (Ineligible), what a
  // reviewer must decide (NeedsReview), or the few answers still missing (Incomplete).
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
      element('p', { class: 'lead' }, leadSentence(report)));

    const grade = report.highestQualifyingGrade ? `Highest qualifying grade ${report.highestQualifyingGrade}. ` : '';
    article.append(element('p', { class: 'meta' },
      `${grade}As of ${report.asOf}, ${report.policy.toLowerCase()} policy, data ${report.dataVersion}.`));

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
        element('span', { class: 'requirement-title' }, plain(result.title)), ' ',
        element('span', { class: `verdict verdict-${result.verdict}` }, verdictText[result.verdict] || result.verdict),
        element('p', { class: 'reason' }, plain(result.reason)), sourceList(result.sources)));
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
        const item = element('li', {}, plain(gap.description));
        if (gap.earliestDate && !gap.description.includes(gap.earliestDate)) {
          item.append(' From ', element('time', { datetime: gap.earliestDate }, gap.earliestDate), '.');
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
      container.append(element('p', {}, `${missingWords(report.missingInformation).join(', ')}.`));
    }

    if (report.warnings.length > 0) {
      container.append(element('h4', {}, 'Caveats'));
      const warnings = element('ul', { class: 'warnings' });
      for (const warning of report.warnings) {
        warnings.append(element('li', {}, plain(warning)));
      }
      container.append(warnings);
    }
    return article;
  }

  const money = n => `$${Math.round(n).toLocaleString('en-US')}`;
  const days = n => (n === 1 ? '1 day' : `${n} days`);

  // "GL-7 step 1, Los Angeles-Long Beach, CA: $62,000 a year with locality pay." and its sources.
  function payText(pay, place) {
    const premium = typeof pay.totalMin === 'number' && pay.totalMax > pay.adjustedPay
      ? ` With overtime premium: ${money(pay.totalMin)} to ${money(pay.totalMax)}.` : '';
    const capped = pay.capped ? ' This is the pay cap.' : '';
    const where = place && place !== pay.locality ? `${place}, in the ${pay.locality} locality pay area` : pay.locality;
    return `${pay.grade} step ${pay.step}, ${where}: ${money(pay.adjustedPay)} a year with locality pay.${premium}${capped}`;
  }

  // The pay block: a choice of location (OPM locality areas, and ICE field-office cities when the data has them) and
  // what the role pays there, updated in place (a polite live region) when the choice changes.
  function payBlock(role, extra) {
    const block = element('div', { class: 'pay' });
    if (!extra.pay || typeof extra.pay.adjustedPay !== 'number') {
      return block;
    }
    const result = element('div', { id: 'pay-result', 'aria-live': 'polite' },
      element('p', { class: 'pay-estimate' }, payText(extra.pay)), sourceList(extra.pay.sources));
    const places = extra.places || [];
    if (places.length > 1) {
      const select = element('select', { id: 'pay-location', 'aria-describedby': 'pay-location-help' });
      const groups = new Map([['duty-station', 'ICE field offices'], ['locality-area', 'OPM locality pay areas']]);
      for (const [kind, label] of groups) {
        const inKind = places.filter(p => p.kind === kind);
        if (inKind.length === 0) {
          continue;
        }
        const group = element('optgroup', { label });
        for (const place of inKind) {
          const option = element('option', { value: place.locality }, place.name);
          option.selected = place.locality === extra.pay.locality && place.kind === 'locality-area';
          group.append(option);
        }
        select.append(group);
      }
      select.addEventListener('change', async () => {
        const pay = await getJson(`/api/roles/${encodeURIComponent(role.id)}/pay?grade=${encodeURIComponent(extra.pay.grade)}&locality=${encodeURIComponent(select.value)}${extra.asOf ? `&asOf=${encodeURIComponent(extra.asOf)}` : ''}`);
        result.replaceChildren(pay && typeof pay.adjustedPay === 'number'
          ? element('p', { class: 'pay-estimate' }, payText(pay, select.selectedOptions[0].textContent))
          : element('p', { class: 'pay-estimate' }, `No pay figure for ${select.selectedOptions[0].textContent} in the data.`),
        pay ? sourceList(pay.sources) : null);
      });
      block.append(element('div', { class: 'field' },
        element('label', { for: 'pay-location' }, 'Where you would work'), select,
        element('span', { id: 'pay-location-help', class: 'help' },
          `Pay at the entry grade ${extra.pay.grade}, step 1, in each place the data has figures for.`)));
    }
    block.append(result);
    return block;
  }

  // The hiring steps: each stage's name and typical duration, its checks and what can end an application there, folded.
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
      const body = element('details', { class: 'stage' }, summary, element('p', {}, plain(stage.checks)));
      if ((stage.failures || []).length > 0) {
        body.append(element('p', { class: 'stage-failures-heading' }, 'What can end an application here:'),
          element('ul', { class: 'stage-failures' }, ...stage.failures.map(f => element('li', {}, plain(f)))));
      }
      body.append(sourceList(stage.sources));
      list.append(element('li', {}, body));
    }
    return list;
  }

  // The training timeline: each program in order with its length, place and dates from the start day, then the end.
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
        item.append(' ', element('time', { datetime: slot.start }, slot.start), ' to ', element('time', { datetime: slot.end }, slot.end), '.');
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
      `Starting on ${training.start}: ${total}training ends about ${training.expectedEnd}.`), timeline];
  }

  // The role itself, for a single-role check: what it is, its grades and duties, pay where the person would work, the
  // hiring steps, the training timeline and where to find its current postings on USAJOBS.
  function renderRole(role, extra) {
    const section = element('section', { class: 'role', 'aria-labelledby': 'role-heading' },
      element('h3', { id: 'role-heading' }, `About the role: ${role.title}`));
    if (role.summary) {
      section.append(element('p', { class: 'role-summary' }, plain(role.summary.text)), sourceList(role.summary.sources));
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
        element('ul', {}, ...duties.map(d => element('li', {}, plain(d.text)))));
    }
    if ((role.payNotes || []).length > 0 || extra.pay) {
      section.append(element('h4', {}, 'Pay'));
      if ((role.payNotes || []).length > 0) {
        section.append(element('ul', {}, ...role.payNotes.map(n => element('li', {}, plain(n.text)))));
      }
      section.append(payBlock(role, extra));
    }
    if (extra.pipeline && Array.isArray(extra.pipeline.stages) && extra.pipeline.stages.length > 0) {
      section.append(element('h4', {}, `Hiring steps (${extra.pipeline.stages.length})`), pipelineBlock(extra.pipeline));
    }
    if ((role.training && role.training.note) || (extra.training && extra.training.plan)) {
      section.append(element('h4', {}, 'Training'));
      if (role.training && role.training.note) {
        section.append(element('p', {}, plain(role.training.note)));
      }
      if (extra.training && extra.training.plan && Array.isArray(extra.training.plan.programs)) {
        section.append(...trainingBlock(extra.training));
      }
    }
    if (role.series) {
      // USAJOBS documents searching by typing an agency in the keyword box and filtering by series (docs/usajobs.md);
      // it documents no address that does both, so the link opens USAJOBS and the text says what to search for.
      section.append(element('p', { class: 'next-step' }, 'Next step: ',
        element('a', { href: 'https://www.usajobs.gov/', target: '_blank', rel: 'noopener noreferrer', class: 'usajobs' },
          'Search USAJOBS', element('span', { class: 'visually-hidden' }, ' (opens in a new tab)')),
        ` for "Immigration and Customs Enforcement" and filter by series ${role.series.code} to see the current postings for ${role.title}. ICE's announcements there are what counts.`));
    }
    return section;
  }

  async function getJson(url) {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  // The places where the first entry grade has pay, the pay at the first of them (the server lists only places it
  // prices: the Rest of U.S. is not one while its locality payment is not in the data), the hiring pipeline and the
  // training timeline from the as-of date; each is left out when its endpoint has nothing for the role.
  async function roleDetails(role, asOf) {
    const id = encodeURIComponent(role.id);
    const date = asOf ? `&asOf=${encodeURIComponent(asOf)}` : '';
    const grade = role.grades && role.grades.entry.length > 0 ? role.grades.entry[0] : null;
    const [places, pipeline, training] = await Promise.all([
      grade ? getJson(`/api/pay/localities?roleId=${id}&grade=${encodeURIComponent(grade)}${date}`) : null,
      getJson(`/api/roles/${id}/pipeline`),
      getJson(`/api/roles/${id}/training${asOf ? `?start=${encodeURIComponent(asOf)}` : ''}`),
    ]);
    const first = Array.isArray(places) && places.length > 0 ? places[0].locality : null;
    const pay = grade && first ? await getJson(`/api/roles/${id}/pay?grade=${encodeURIComponent(grade)}&locality=${encodeURIComponent(first)}${date}`) : null;
    return { pay, places, pipeline, training, asOf };
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

  // Each problem in plain words, in the summary (a link to the field) and beside its field.
  function showProblems(problem) {
    const list = element('ul');
    for (const p of problem.problems || [{ path: '', message: problem.detail || problem.title }]) {
      const match = p.path ? fieldFor(p.path) : undefined;
      if (match) {
        const label = document.querySelector(`label[for="${match.id}"]`).textContent.replace(/\s*\(.*\)$/, '');
        const text = match.range || `${label}: ${plain(p.message)}`;
        const field = document.getElementById(match.id);
        field.setAttribute('aria-invalid', 'true');
        const noteId = `${match.id}-error`;
        if (!document.getElementById(noteId)) {
          field.after(element('span', { id: noteId, class: 'field-error' }, text));
          field.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') || ''} ${noteId}`.trim());
        }
        list.append(element('li', {}, element('a', { href: `#${match.id}` }, text)));
      } else {
        list.append(element('li', {}, plain(p.message)));
      }
    }
    const count = list.children.length;
    problemsBox.replaceChildren(element('h3', {}, count === 1 ? 'One answer needs fixing' : `${count} answers need fixing`), list);
    problemsBox.hidden = false;
    problemsBox.focus();
  }

  async function check(event) {
    event.preventDefault();
    clearProblems();
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
    try {
      const response = await fetch(all ? '/api/eligibility/all' : '/api/eligibility', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request),
        cache: 'no-store',
      });
      const body = await response.json();
      if (!response.ok) {
        resultsBox.replaceChildren();
        printButton.hidden = true;
        statusBox.textContent = 'Not checked: some answers need fixing (listed above the form).';
        showProblems(body);
        return;
      }

      const reports = all ? body : [body];
      reports.forEach(r => r.results.forEach(x => requirementIds.add(x.requirementId)));
      const eligible = reports.filter(r => r.outcome === 'Eligible').length;
      const summary = all
        ? `Checked ${reports.length} roles: ${eligible} eligible. Best: ${reports[0].roleTitle}, ${outcomeText[reports[0].outcome]}. ${leadSentence(reports[0])}`
        : `${body.roleTitle}: ${outcomeText[body.outcome]}. ${leadSentence(body)}`;
      statusBox.textContent = summary;
      const ranked = element('ol', { class: 'ranked' }, ...reports.map(r => element('li', {}, renderReport(r, !all))));
      resultsBox.replaceChildren(ranked);
      if (!all && roles.has(body.roleId)) {
        resultsBox.append(renderRole(roles.get(body.roleId), await roleDetails(roles.get(body.roleId), request.asOf)));
      }
      if (!asOfWarning.hidden) {
        statusBox.textContent = `${summary} The as-of date is in the future: later rule changes are not known yet.`;
      }
      printButton.hidden = false;
      document.getElementById('skip-link').hidden = false;
      document.getElementById('results-heading').focus();
    } catch (error) {
      statusBox.textContent = `The check failed: ${error.message}`;
    } finally {
      submitButton.disabled = false;
    }
  }

  async function load() {
    try {
      const [roleList, sourceList] = await Promise.all([
        fetch('/api/roles').then(r => r.json()),
        fetch('/api/sources').then(r => r.json()),
      ]);
      for (const source of sourceList) {
        sources.set(source.id, source);
      }
      for (const role of roleList) {
        roles.set(role.id, role);
        const legacy = role.status === 'Legacy' ? ' (legacy title)' : '';
        roleSelect.append(element('option', { value: role.id }, `${role.title}${legacy}`));
      }
      form.dataset.ready = 'true';
    } catch (error) {
      statusBox.textContent = `Could not load the roles: ${error.message}`;
    }
  }

  const printButton = document.getElementById('print');
  const asOfInput = document.getElementById('as-of');
  const asOfWarning = document.getElementById('as-of-warning');

  // Today in this browser, YYYY-MM-DD (local calendar date).
  function today() {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  }

  function warnIfFuture() {
    asOfWarning.hidden = !(asOfInput.value && asOfInput.value > today());
  }

  form.addEventListener('submit', check);
  asOfInput.addEventListener('input', warnIfFuture);
  asOfInput.addEventListener('change', warnIfFuture);
  printButton.addEventListener('click', () => window.print());
  // A printed or saved result shows each report's requirements (the sources stay folded).
  window.addEventListener('beforeprint', () => {
    for (const details of resultsBox.querySelectorAll('details.report-body')) {
      details.open = true;
    }
  });
  form.addEventListener('reset', event => {
    if (!window.confirm('Clear every answer and the results?')) {
      event.preventDefault();
      return;
    }
    clearProblems();
    resultsBox.replaceChildren();
    printButton.hidden = true;
    document.getElementById('skip-link').hidden = true;
    asOfWarning.hidden = true;
    statusBox.textContent = 'The form is cleared.';
  });
  load();
})();
