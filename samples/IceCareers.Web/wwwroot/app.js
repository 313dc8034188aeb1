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

  // Request paths (as the API reports problems) to the form field that holds them.
  const fieldForPath = [
    [/^roleId$/, 'role'],
    [/^asOf$/, 'as-of'],
    [/^policy$/, 'policy'],
    [/^profile\.dateOfBirth$/, 'dob'],
    [/^profile\.citizenship$/, 'citizenship'],
    [/^profile\.sex$/, 'sex'],
    [/^profile\.selectiveService$/, 'selective-service'],
    [/^profile\.driversLicense$/, 'drivers-license'],
    [/^profile\.education(\[0\])?\.level$/, 'education-level'],
    [/^profile\.education(\[0\])?\.gpa$/, 'education-gpa'],
    [/^profile\.education(\[0\])?\.semesterHours$/, 'education-hours'],
    [/^profile\.experience(\[0\])?\.months$/, 'experience-months'],
    [/^profile\.experience(\[0\])?\.specialized$/, 'experience-specialized'],
    [/^profile\.experience(\[0\])?\.grade$/, 'experience-grade'],
    [/^profile\.military\.veteran$/, 'veteran'],
    [/^profile\.military\.preferenceEligible$/, 'preference-eligible'],
    [/^profile\.priorFederalLawEnforcement$/, 'prior-leo'],
    [/^profile\.history\.convictions/, 'convictions'],
    [/^profile\.history\.drugUse/, 'drug-use'],
    [/^profile\.languages/, 'spanish'],
  ];

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

  // "Sources: A (publisher, high confidence); B (…)", each a link where the source has a web address.
  function sourceList(ids) {
    const line = element('p', { class: 'sources' }, 'Sources: ');
    if (!ids || ids.length === 0) {
      line.append('none given.');
      return line;
    }
    ids.forEach((id, index) => {
      const source = sources.get(id);
      const title = source ? source.title : id;
      // A source read in a copy elsewhere (source.via) links to that copy when the publisher's own address is unknown.
      const address = source ? source.url || source.via : null;
      const url = address ? safeUrl(address) : null;
      const copy = source && source.via ? safeUrl(source.via) : null;
      line.append(url
        ? element('a', { href: url, target: '_blank', rel: 'noopener noreferrer' },
          title, element('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))
        : title);
      if (source) {
        const via = copy ? `, read via ${new URL(copy).host}` : '';
        line.append(element('span', { class: 'confidence' }, ` (${source.publisher}${via}, ${source.confidence.toLowerCase()} confidence)`));
      }
      line.append(index === ids.length - 1 ? '.' : '; ');
    });
    return line;
  }

  // One report: a heading with the outcome, then the requirements, gaps, missing information and caveats. With
  // several reports (all roles), each body sits behind a disclosure button so the list stays short.
  function renderReport(report, collapsible, open) {
    const outcome = element('span', { class: `outcome outcome-${report.outcome}` }, outcomeText[report.outcome] || report.outcome);
    const heading = element('h3', { id: `report-${report.roleId}` }, report.roleTitle);
    const article = element('article', { class: 'report', 'data-role-id': report.roleId, 'aria-labelledby': heading.id },
      element('div', { class: 'report-head' }, heading, element('span', {}, 'Outcome: ', outcome)));

    const grade = report.highestQualifyingGrade ? `Highest qualifying grade ${report.highestQualifyingGrade}. ` : '';
    article.append(element('p', { class: 'meta' },
      `${grade}As of ${report.asOf}, ${report.policy.toLowerCase()} policy, data ${report.dataVersion}.`));

    const container = element('div', { id: `report-body-${report.roleId}`, class: 'report-body' });
    if (collapsible) {
      const toggle = element('button', { type: 'button', class: 'toggle', 'aria-controls': container.id, 'aria-describedby': heading.id }, '');
      const show = expanded => {
        toggle.setAttribute('aria-expanded', String(expanded));
        toggle.textContent = expanded ? 'Hide the details' : 'Show requirements, gaps and sources';
        container.hidden = !expanded;
      };
      toggle.addEventListener('click', () => show(container.hidden));
      show(open);
      article.append(toggle);
    }
    article.append(container);

    const table = element('table', {},
      element('caption', {}, 'Requirements'),
      element('thead', {}, element('tr', {},
        element('th', { scope: 'col' }, 'Requirement'),
        element('th', { scope: 'col' }, 'Verdict'),
        element('th', { scope: 'col' }, 'Reason and sources'))));
    const body = element('tbody');
    for (const result of report.results) {
      body.append(element('tr', { 'data-requirement-id': result.requirementId },
        element('th', { scope: 'row' }, result.title),
        element('td', { class: `verdict verdict-${result.verdict}` }, verdictText[result.verdict] || result.verdict),
        element('td', {}, element('p', { class: 'reason' }, result.reason), sourceList(result.sources))));
    }
    table.append(body);
    container.append(table);

    if (report.gaps.length > 0) {
      container.append(element('h4', {}, 'What would change the answer'));
      const gaps = element('ul', { class: 'gaps' });
      for (const gap of report.gaps) {
        const item = element('li', {}, gap.description);
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
      container.append(element('p', {}, report.missingInformation.join(', ')));
    }

    if (report.warnings.length > 0) {
      container.append(element('h4', {}, 'Caveats'));
      const warnings = element('ul', { class: 'warnings' });
      for (const warning of report.warnings) {
        warnings.append(element('li', {}, warning));
      }
      container.append(warnings);
    }
    return article;
  }

  function clearProblems() {
    problemsBox.hidden = true;
    problemsBox.replaceChildren();
    for (const field of form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid');
    }
  }

  function showProblems(problem) {
    const list = element('ul');
    for (const p of problem.problems || [{ path: '', message: problem.detail || problem.title }]) {
      const match = fieldForPath.find(([pattern]) => pattern.test(p.path));
      const text = p.path ? `${p.path}: ${p.message}` : p.message;
      if (match) {
        const field = document.getElementById(match[1]);
        field.setAttribute('aria-invalid', 'true');
        list.append(element('li', {}, element('a', { href: `#${match[1]}` }, text)));
      } else {
        list.append(element('li', {}, text));
      }
    }
    problemsBox.replaceChildren(element('h3', {}, problem.title || 'The request has problems'), list);
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
        statusBox.textContent = `Not checked: ${body.title || response.statusText}.`;
        showProblems(body);
        return;
      }

      const reports = all ? body : [body];
      resultsBox.replaceChildren(...reports.map((r, i) => renderReport(r, all, i === 0)));
      const eligible = reports.filter(r => r.outcome === 'Eligible').length;
      statusBox.textContent = all
        ? `Checked ${reports.length} roles: ${eligible} eligible. Best: ${reports[0].roleTitle}, ${outcomeText[reports[0].outcome]}.`
        : `${body.roleTitle}: ${outcomeText[body.outcome]}.`;
      document.getElementById('results-heading').focus();
    } catch (error) {
      statusBox.textContent = `The check failed: ${error.message}`;
    } finally {
      submitButton.disabled = false;
    }
  }

  async function load() {
    try {
      const [roles, sourceList] = await Promise.all([
        fetch('/api/roles').then(r => r.json()),
        fetch('/api/sources').then(r => r.json()),
      ]);
      for (const source of sourceList) {
        sources.set(source.id, source);
      }
      for (const role of roles) {
        const legacy = role.status === 'Legacy' ? ' (legacy title)' : '';
        roleSelect.append(element('option', { value: role.id }, `${role.title}${legacy}`));
      }
      form.dataset.ready = 'true';
    } catch (error) {
      statusBox.textContent = `Could not load the roles: ${error.message}`;
    }
  }

  form.addEventListener('submit', check);
  form.addEventListener('reset', () => {
    clearProblems();
    resultsBox.replaceChildren();
    statusBox.textContent = 'The form is cleared.';
  });
  load();
})();
