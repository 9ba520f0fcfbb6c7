// The consultation form works without this script (a normal post, then the thank-you page). The script
// only adds: the proof of work against robots (ALTCHA's challenge, solved with WebCrypto while the
// person types), and, where a clinic's page holds <div data-rounds-consultation>, the form itself,
// sent to the JSON API with its answers shown in place.
(() => {
  const script = document.currentScript;
  const base = new URL('.', script.src).href.replace(/\/$/, '');
  const api = new URL(base).origin + '/api/consultation-requests';

  const bytes = hex => new Uint8Array(hex.match(/../g).map(h => parseInt(h, 16)));
  async function solve(c) {
    const target = bytes(c.challenge), enc = new TextEncoder();
    for (let n = 0; n <= c.maxnumber; n += 400) {
      const batch = [];
      for (let i = n; i < n + 400 && i <= c.maxnumber; i++) batch.push(crypto.subtle.digest('SHA-256', enc.encode(c.salt + i)));
      const hashes = await Promise.all(batch);
      for (let k = 0; k < hashes.length; k++) {
        const h = new Uint8Array(hashes[k]);
        if (h.every((b, j) => b === target[j])) {
          return btoa(JSON.stringify({algorithm: c.algorithm, challenge: c.challenge, number: n + k, salt: c.salt, signature: c.signature}));
        }
      }
    }
    return '';
  }

  function enhance(form, json) {
    if (form.dataset.enhanced) return;
    form.dataset.enhanced = 'yes';
    const minMillis = 1000 * Number(form.dataset.minSeconds || 3) + 300;
    let proof = null, started = 0;
    const prove = () => {
      if (proof) return proof;
      started = Date.now();
      proof = (window.crypto && crypto.subtle ? fetch(api + '/challenge').then(r => r.json()).then(solve) : Promise.resolve(''))
        .catch(() => '');
      return proof;
    };
    form.addEventListener('focusin', prove, {once: true});
    form.addEventListener('input', prove, {once: true});
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const button = form.querySelector('.rounds-send'), status = form.querySelector('.rounds-status');
      button.disabled = true;
      status.textContent = 'Sending your request…';
      form.elements.altcha.value = await prove();
      const wait = started + minMillis - Date.now();
      if (wait > 0) await new Promise(done => setTimeout(done, wait));
      if (!json) { form.submit(); return; }
      try {
        await sendJson(form);
      } finally {
        button.disabled = false;
        status.textContent = '';
      }
    });
  }

  async function sendJson(form) {
    const f = form.elements, body = {
      name: f.name.value, phone: f.phone.value, email: f.email.value, zip: f.zip.value,
      preferredContactTime: f.preferredContactTime.value, message: f.message.value,
      consentToContact: f.consentToContact.checked, website: f.website.value, altcha: f.altcha.value,
      messagesByEmail: !!(f.messagesByEmail && f.messagesByEmail.checked), messagesByText: !!(f.messagesByText && f.messagesByText.checked)
    };
    let response, answer = {};
    try {
      response = await fetch(api, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
      answer = await response.json();
    } catch (e) {
      response = {status: 0};
    }
    if (response.status === 201) return thank(form);
    form.querySelectorAll('.rounds-error, .rounds-problem').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(e => {
      e.removeAttribute('aria-invalid');
      e.setAttribute('aria-describedby', (e.getAttribute('aria-describedby') || '').replace(/\s*rounds-\S+-error/, '').trim());
      e.closest('.rounds-field').classList.remove('rounds-invalid');
    });
    const problem = document.createElement('div');
    problem.className = 'rounds-problem';
    problem.setAttribute('role', 'alert');
    problem.tabIndex = -1;
    const errors = answer.errors || {};
    const title = document.createElement('p');
    title.className = 'rounds-problem-title';
    const count = Object.keys(errors).length;
    title.textContent = count ? (count === 1 ? 'One answer needs correcting:' : count + ' answers need correcting:')
      : (answer.message || 'Your request could not be sent. Please try again later.');
    problem.append(title);
    const list = document.createElement('ul');
    for (const [name, message] of Object.entries(errors)) {
      const input = form.querySelector('#rounds-' + name);
      if (!input) continue;
      const error = document.createElement('p');
      error.className = 'rounds-error';
      error.id = 'rounds-' + name + '-error';
      error.textContent = message;
      const field = input.closest('.rounds-field');
      field.classList.add('rounds-invalid');
      field.insertBefore(error, name === 'consentToContact' ? input : field.querySelector('input, textarea'));
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + error.id).trim());
      const item = document.createElement('li'), link = document.createElement('a');
      link.href = '#' + input.id;
      link.textContent = message;
      item.append(link);
      list.append(item);
    }
    if (list.children.length) problem.append(list);
    const call = form.querySelector('.rounds-call');
    if (call) problem.append(call.cloneNode(true));
    form.prepend(problem);
    problem.focus();
  }

  function thank(form) {
    const box = document.createElement('div');
    box.className = 'rounds-thanks';
    box.innerHTML = '<h2 id="rounds-thanks" tabindex="-1">Thank you</h2><p>We have received your request. '
      + 'Our patient coordinator will call you soon at the number you gave us.</p>';
    const call = form.querySelector('.rounds-call'), crisis = form.querySelector('.rounds-crisis');
    if (call) box.append(call.cloneNode(true));
    box.append(crisis.cloneNode(true));
    const heading = form.previousElementSibling;
    if (heading && heading.tagName === 'H2') heading.remove();
    form.replaceWith(box);
    box.querySelector('h2').focus();
  }

  document.querySelectorAll('form.rounds-intake-form').forEach(form => enhance(form, false));
  document.querySelectorAll('[data-rounds-consultation]').forEach(async place => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base + '/form.css';
    document.head.append(style);
    place.innerHTML = await (await fetch(base + '/fragment')).text();
    enhance(place.querySelector('form'), true);
  });
  const problem = document.getElementById('rounds-problem');
  if (problem) problem.focus();
})();
