// Nastavnik: small page behaviour (a static file: the Content-Security-Policy forbids inline scripts).
// Sends the CSRF token with htmx and fetch requests of the signed-in session, asks before [data-confirm] actions,
// keeps a form from being submitted twice while the server works, and labels the cells of .reflow tables for phones.
(function () {
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }
  document.addEventListener('htmx:configRequest', function (e) {
    var c = csrf();
    if (c) { e.detail.headers[c.header] = c.token; }
  });
  window.nastavnikFetch = function (url, options) {
    options = options || {};
    options.headers = options.headers || {};
    var c = csrf();
    if (c) { options.headers[c.header] = c.token; }
    options.credentials = 'same-origin';
    return fetch(url, options);
  };
  // <button data-confirm="…"> asks before submitting
  document.addEventListener('click', function (e) {
    var el = e.target.closest('[data-confirm]');
    if (el && !window.confirm(el.getAttribute('data-confirm'))) { e.preventDefault(); }
  });

  // One submission per action: a POST form, once submitted, is busy until the next page arrives — a second click (or
  // a double click) submits nothing, and the pressed button says the work is under way. Forms whose answer is a file
  // (the page stays) opt out with data-no-busy.
  var BUSY_TEXT = 'Выполняется…';
  function buttonsOf(form) {
    var inside = Array.prototype.slice.call(form.querySelectorAll('button, input[type=submit]'));
    var outside = form.id ? Array.prototype.slice.call(document.querySelectorAll('[form="' + form.id + '"]')) : [];
    return inside.concat(outside).filter(function (b) { return b.type === 'submit'; });
  }
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (e.defaultPrevented || !(form instanceof HTMLFormElement)) { return; }
    if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post' || form.hasAttribute('data-no-busy')) { return; }
    if (form.getAttribute('aria-busy') === 'true') { e.preventDefault(); return; }
    form.setAttribute('aria-busy', 'true');
    var pressed = e.submitter || buttonsOf(form)[0];
    if (pressed && pressed.tagName === 'BUTTON') {
      pressed.setAttribute('data-idle-text', pressed.textContent);
      pressed.classList.add('busy');
      pressed.textContent = pressed.getAttribute('data-busy-text') || BUSY_TEXT;
    }
    // disabled after this event: the browser has already taken the pressed button's name and value into the form data
    window.setTimeout(function () {
      buttonsOf(form).forEach(function (b) { b.disabled = true; b.setAttribute('aria-disabled', 'true'); });
    }, 0);
  });
  // back to a page from the browser's cache: its forms work again
  window.addEventListener('pageshow', function (e) {
    if (!e.persisted) { return; }
    document.querySelectorAll('form[aria-busy="true"]').forEach(function (form) {
      form.removeAttribute('aria-busy');
      buttonsOf(form).forEach(function (b) {
        b.disabled = false;
        b.removeAttribute('aria-disabled');
        b.classList.remove('busy');
        if (b.hasAttribute('data-idle-text')) { b.textContent = b.getAttribute('data-idle-text'); }
      });
    });
  });

  // .reflow tables become cards on phones (css): each cell is shown under its column's name
  function labelCells(root) {
    (root || document).querySelectorAll('table.reflow').forEach(function (table) {
      var names = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (names[i] && !cell.hasAttribute('data-label')) { cell.setAttribute('data-label', names[i]); }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { labelCells(document); });
  document.addEventListener('htmx:afterSwap', function (e) { labelCells(e.target); });
})();
