// Nastavnik: small page behaviour. Sends the CSRF token with htmx and fetch requests of the signed-in session.
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
})();
