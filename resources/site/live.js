// Servery live reload: reloads the page when a file of the site changes,
// swaps stylesheets in place when only CSS changed, and mirrors console
// errors to the Servery window. It talks only to the server that served it.
(function () {
  'use strict';
  if (window.__servery) return;
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : location.origin;
  var state = { session: null, console: 'errors', source: null, delay: 1000, timer: 0, sent: 0, windowStart: 0 };
  window.__servery = state;

  function sameOrigin(url) {
    try { return new URL(url, location.href).origin === location.origin; } catch (e) { return false; }
  }

  function swapStylesheets(paths) {
    var links = Array.prototype.slice.call(document.querySelectorAll('link[rel~="stylesheet"][href]'));
    var chosen = links.filter(function (link) {
      if (!sameOrigin(link.href)) return false;
      var path = decodeURIComponent(new URL(link.href).pathname);
      return paths.some(function (p) { return path === '/' + p || path.endsWith('/' + p); });
    });
    // A changed file no link names directly (an @import): swap them all.
    if (chosen.length === 0) chosen = links.filter(function (link) { return sameOrigin(link.href); });
    chosen.forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set('servery-reload', String(Date.now()));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      var done = false;
      function finish() {
        if (done) return;
        done = true;
        if (link.parentNode) link.parentNode.removeChild(link);
      }
      fresh.addEventListener('load', finish);
      fresh.addEventListener('error', finish);
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  function connect() {
    clearTimeout(state.timer);
    if (state.source) state.source.close();
    var source = new EventSource(origin + '/__servery/events?page=' + encodeURIComponent(location.pathname));
    state.source = source;
    source.addEventListener('hello', function (e) {
      var hello = JSON.parse(e.data);
      state.delay = 1000;
      state.console = hello.console;
      // A new session is a restarted server: what changed meanwhile was
      // never announced, so start from the files as they are now.
      if (state.session !== null && state.session !== hello.session) location.reload();
      state.session = hello.session;
    });
    source.addEventListener('config', function (e) { state.console = JSON.parse(e.data).console; });
    source.addEventListener('reload', function () { location.reload(); });
    source.addEventListener('css', function (e) { swapStylesheets(JSON.parse(e.data).paths); });
    source.addEventListener('error', function () {
      // The browser retries by itself while the stream is only broken; once
      // it gives up (the server stopped, the network changed) we retry.
      if (source.readyState === EventSource.CLOSED) {
        state.timer = setTimeout(connect, state.delay);
        state.delay = Math.min(state.delay * 2, 10000);
      }
    });
  }

  function closedOrMissing() {
    return !state.source || state.source.readyState === EventSource.CLOSED;
  }
  window.addEventListener('online', function () { if (closedOrMissing()) connect(); });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && closedOrMissing()) connect();
  });

  // Console mirroring: errors always, everything when the window asks.
  function text(value) {
    if (value instanceof Error) return value.stack || String(value);
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch (e) { return String(value); }
  }
  function callerPlace() {
    var stack = (new Error()).stack || '';
    var lines = stack.split('\n').filter(function (l) { return l.indexOf('/__servery/live.js') < 0; });
    for (var i = 0; i < lines.length; i++) {
      var m = /(https?:\/\/[^\s)]+):(\d+):(\d+)/.exec(lines[i]);
      if (m) return { source: m[1], line: Number(m[2]), column: Number(m[3]) };
    }
    return { source: location.href, line: 0, column: 0 };
  }
  function report(level, message, place) {
    var now = Date.now();
    if (now - state.windowStart > 10000) { state.windowStart = now; state.sent = 0; }
    if (++state.sent > 50) return; // a page in a loop does not flood the window
    var body = JSON.stringify({
      level: level, message: String(message).slice(0, 4000), page: location.href,
      source: place.source, line: place.line, column: place.column
    });
    try {
      fetch(origin + '/__servery/console', {
        method: 'POST', body: body, keepalive: true, credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' }
      }).catch(function () {});
    } catch (e) { /* reporting must never break the page */ }
  }
  ['error', 'warn', 'info', 'log', 'debug'].forEach(function (level) {
    var original = console[level];
    if (typeof original !== 'function') return;
    console[level] = function () {
      if (level === 'error' || state.console === 'all') {
        var args = Array.prototype.map.call(arguments, text).join(' ');
        report(level, args, callerPlace());
      }
      return original.apply(console, arguments);
    };
  });
  window.addEventListener('error', function (e) {
    if (!e.message) return; // a resource that failed to load, not a script error
    report('error', 'Uncaught ' + (e.error ? text(e.error) : e.message),
           { source: e.filename || location.href, line: e.lineno || 0, column: e.colno || 0 });
  });
  window.addEventListener('unhandledrejection', function (e) {
    report('error', 'Unhandled promise rejection: ' + text(e.reason), callerPlace());
  });

  connect();
})();
