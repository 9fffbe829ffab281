// The listing page's only script, inlined and allowed by its hash (see
// listingContentSecurityPolicy()). The page works without it; this adds a
// filter, a photo viewer and resumable uploads. Names are only ever read from
// the DOM and written back as text, never parsed as HTML or script.
(() => {
  'use strict';
  document.documentElement.classList.add('js');

  const make = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };
  // The shown name of an entry's link: the first text of its span.
  const nameOf = (a) => {
    const s = a.querySelector('span');
    return s && s.firstChild ? s.firstChild.nodeValue : '';
  };
  // Case- and accent-insensitive: "Été" and "ete" are the same.
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '').toLowerCase();
  // The page's words, in the language it was sent in: the server puts them
  // in the page as JSON (#servery-text), so this script is the same in
  // every language. "%1", "%2" are filled in from the arguments.
  let words = null;
  const T = (key, ...args) => {
    if (!words) {
      try {
        words = JSON.parse(document.getElementById('servery-text').textContent);
      } catch (err) { words = {}; }
    }
    let s = words[key] || key;
    args.forEach((a, i) => { s = s.split('%' + (i + 1)).join(String(a)); });
    return s;
  };
  // Numbers as the page's language writes them.
  const num = (n, digits) => n.toLocaleString(document.documentElement.lang || undefined,
    digits === undefined ? undefined : { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const bytes = (n) => {
    const units = ['unitB', 'unitKB', 'unitMB', 'unitGB', 'unitTB'];
    let i = 0;
    while (n >= 1000 && i < units.length - 1) { n /= 1000; i++; }
    return (i === 0 || n >= 100 ? num(Math.round(n)) : num(n, 1)) + ' ' + T(units[i]);
  };

  // The first link of a row or tile: the entry itself.
  const linkOf = (row) => (row.tagName === 'TR' ? row.firstElementChild.firstElementChild : row.firstElementChild);

  // The rows of the listing, the filter, and the window over long folders.
  // The server sends a long folder in groups (a tbody, or a list of tiles,
  // of a few hundred entries each); all but the first start hidden (CSS:
  // ".js .more"), so the browser never lays out 100,000 rows at once. The
  // window shows the first entries that match the filter and grows by a
  // group's worth as the reader nears its end.
  function setUpList(main) {
    const box = document.querySelector('.q');
    const count = document.querySelector('.count');
    let groups, rows, groupOf, starts, keys, page, on, hid, win, matching, limit, query, none, more, timer = 0;
    // More rows come while the end of those shown is still a few screens
    // away; the button is for the rest (and browsers without the observer).
    const observer = 'IntersectionObserver' in window
      ? new IntersectionObserver((seen) => { if (seen.some((e) => e.isIntersecting)) grow(); },
        { rootMargin: '0px 0px 1500px 0px' })
      : null;

    // Reads the page's rows; again after the listing was replaced.
    const reset = () => {
      groups = Array.from(main.querySelectorAll('tbody, ul.tiles'));
      rows = [];
      groupOf = [];
      starts = [];
      groups.forEach((g, k) => {
        starts.push(rows.length);
        for (const r of g.children) {
          if (r.classList.contains('up')) continue;
          rows.push(r);
          groupOf.push(k);
        }
      });
      keys = null;
      page = groups.length > 1 ? starts[1] : rows.length;
      on = groups.map((g, k) => k === 0 || g.classList.contains('on'));
      hid = new Uint8Array(rows.length);
      rows.forEach((r, i) => { hid[i] = r.hidden ? 1 : 0; });
      win = [];
      for (let i = 0; i < rows.length; i++) if (on[groupOf[i]] && !hid[i]) win.push(i);
      matching = null;
      limit = Math.max(page, win.length);
      query = '';
      none = main.querySelector('.none');
      if (more) more.remove();
      more = null;
      if (groups.length > 1) {
        more = make('p', 'rest');
        const b = make('button', 'btn');
        b.type = 'button';
        b.addEventListener('click', grow);
        more.append(b);
        main.append(more);
        if (observer) { observer.disconnect(); observer.observe(more); }
      }
      apply(false);
    };

    // Shows the rows of `next` (indices, in order) and hides the rest:
    // only rows that change are touched, so typing into the filter of
    // 100,000 rows restyles the few that come and go.
    const render = (next) => {
      const want = new Uint8Array(rows.length);
      for (const i of next) want[i] = 1;
      const needed = new Uint8Array(groups.length);
      needed[0] = 1;
      for (const i of next) needed[groupOf[i]] = 1;
      const set = (i) => {
        const h = want[i] ? 0 : 1;
        if (hid[i] !== h) { hid[i] = h; rows[i].hidden = h === 1; }
      };
      for (let k = 1; k < groups.length; k++) {
        if (!needed[k] || on[k]) continue;
        // A group coming into view: its rows as the window wants them.
        for (let i = starts[k]; i < (starts[k + 1] ?? rows.length); i++) set(i);
      }
      for (const i of win) set(i);
      for (const i of next) set(i);
      for (let k = 1; k < groups.length; k++) {
        if (on[k] !== !!needed[k]) { on[k] = !!needed[k]; groups[k].classList.toggle('on', on[k]); }
      }
      win = next;
    };

    // Matches the filter over every row, then shows the first `limit`.
    const apply = (timed) => {
      const started = performance.now();
      const q = fold(box ? box.value.trim() : '');
      if (q !== query) { query = q; limit = page; }
      let matches = rows.length;
      if (q) {
        if (!keys) keys = rows.map((r) => fold(nameOf(r)));
        matching = [];
        for (let i = 0; i < keys.length; i++) if (keys[i].includes(q)) matching.push(i);
        matches = matching.length;
      } else {
        matching = null;
      }
      const shown = Math.min(limit, matches);
      const next = new Array(shown);
      for (let j = 0; j < shown; j++) next[j] = matching ? matching[j] : j;
      render(next);
      if (count) count.textContent = q ? T('matches', num(matches), num(rows.length)) : '';
      if (none) none.hidden = !q || matches > 0;
      if (more) {
        const left = matches - shown;
        more.hidden = left <= 0;
        more.firstChild.textContent = T('showMore', num(Math.min(page, left)), num(left));
      }
      if (timed) document.body.dataset.filterMs = (performance.now() - started).toFixed(1);
    };

    const grow = () => {
      if (!more || more.hidden) return;
      limit += page;
      apply(false);
    };

    if (box) {
      box.addEventListener('focus', () => { if (!keys) keys = rows.map((r) => fold(nameOf(r))); });
      box.addEventListener('input', () => {
        clearTimeout(timer);
        // Long folders wait a little longer for the next key.
        timer = setTimeout(() => apply(true), rows.length > 20000 ? 150 : 80);
      });
      box.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && box.value) { box.value = ''; apply(true); }
      });
    }
    // Also applies a filter typed before the page had finished loading.
    reset();

    return {
      reset,
      all: () => rows,
      // The rows the filter leaves, shown or not yet, in page order.
      matching: () => (matching ? matching.map((i) => rows[i]) : rows.slice()),
      // Widens the window until `row` is shown, if the filter leaves it.
      reveal: (row) => {
        const i = rows.indexOf(row);
        const j = matching ? matching.indexOf(i) : i;
        if (j < 0 || j < limit) return;
        limit = Math.ceil((j + 1) / page) * page;
        apply(false);
      },
    };
  }

  function setUpViewer(main, list) {
    const v = make('div', 'viewer');
    v.hidden = true;
    v.setAttribute('role', 'dialog');
    v.setAttribute('aria-modal', 'true');
    v.setAttribute('aria-label', T('photo'));
    const img = make('img');
    img.alt = '';
    const top = make('div', 'top');
    const name = make('span', 'name');
    const pos = make('span', 'pos');
    const save = make('a', 'save');
    save.setAttribute('download', '');
    save.title = T('download');
    const button = (cls, label) => {
      const b = make('button', cls);
      b.type = 'button';
      b.title = label;
      b.setAttribute('aria-label', label);
      return b;
    };
    const close = button('close', T('close'));
    const prev = button('prev', T('previous'));
    const next = button('next', T('next'));
    top.append(name, pos, save, close);
    v.append(img, top, prev, next);
    document.body.append(v);

    let album = [], at = -1, opener = null, preloads = [];
    // The photos the filter leaves, in page order, also those of a long
    // folder that are not shown yet.
    const photos = () => list.matching().map(linkOf).filter((a) => a.classList.contains('p'));
    const show = (i) => {
      at = (i + album.length) % album.length;
      const a = album[at];
      const href = a.getAttribute('href');
      v.classList.remove('broken');
      v.classList.add('loading');
      img.removeAttribute('src');
      img.src = href;
      name.textContent = nameOf(a);
      pos.textContent = album.length > 1 ? (at + 1) + ' / ' + album.length : '';
      save.href = href + '?download';
      prev.hidden = next.hidden = album.length < 2;
      v.dataset.index = String(at);
      // The neighbours load while this one is looked at.
      preloads = [at - 1, at + 1].filter((j) => j >= 0 && j < album.length && j !== at).map((j) => {
        const p = new Image();
        p.src = album[j].getAttribute('href');
        return p;
      });
    };
    img.addEventListener('load', () => v.classList.remove('loading'));
    img.addEventListener('error', () => {
      // Say so, rather than show the browser's broken image.
      if (img.getAttribute('src')) v.classList.replace('loading', 'broken');
    });
    const open = (a) => {
      album = photos();
      const i = album.indexOf(a);
      if (i < 0) return false;
      opener = a;
      if (v.hidden) history.pushState({ serveryViewer: true }, '');
      v.hidden = false;
      document.documentElement.classList.add('viewing');
      show(i);
      close.focus();
      return true;
    };
    const hide = () => {
      if (v.hidden) return;
      v.hidden = true;
      img.removeAttribute('src');
      preloads = [];
      document.documentElement.classList.remove('viewing');
      if (opener) opener.focus();
    };
    // Closing goes back in history, so the entry pushed on opening is used
    // up and the browser's back button and ours agree.
    const leave = () => {
      if (history.state && history.state.serveryViewer) history.back();
      else hide();
    };
    window.addEventListener('popstate', hide);
    main.addEventListener('click', (e) => {
      const a = e.target.closest('a.p');
      if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      if (open(a)) e.preventDefault();
    });
    close.addEventListener('click', leave);
    prev.addEventListener('click', () => show(at - 1));
    next.addEventListener('click', () => show(at + 1));
    v.addEventListener('click', (e) => { if (e.target === v) leave(); });
    document.addEventListener('keydown', (e) => {
      if (v.hidden) return;
      if (e.key === 'Escape') leave();
      else if (e.key === 'ArrowRight') show(at + 1);
      else if (e.key === 'ArrowLeft') show(at - 1);
      else return;
      e.preventDefault();
    });
    // Swipe left or right for the next or previous photo, down to close.
    // One finger belongs to the viewer, two to the browser (pinch-zoom);
    // once the page is zoomed in, one finger pans it instead.
    let touch = null;
    const zoomed = () => window.visualViewport && window.visualViewport.scale > 1.05;
    const settle = () => { touch = null; img.style.transition = ''; img.style.transform = ''; };
    v.addEventListener('touchstart', (e) => {
      touch = e.touches.length === 1 && !zoomed() ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
      if (!touch) settle();
    }, { passive: true });
    v.addEventListener('touchmove', (e) => {
      if (!touch || e.touches.length !== 1) { settle(); return; }
      // Not passive: a move the page does not cancel becomes the browser's
      // own gesture (a fling, a pull to refresh, Safari's rubber band), and
      // the next tap only stops that gesture instead of pressing a button.
      e.preventDefault();
      const dx = e.touches[0].clientX - touch.x, dy = e.touches[0].clientY - touch.y;
      img.style.transition = 'none';
      img.style.transform = Math.abs(dx) > Math.abs(dy) ? `translateX(${dx}px)` : `translateY(${Math.max(0, dy)}px)`;
    }, { passive: false });
    v.addEventListener('touchend', (e) => {
      const start = touch;
      settle();
      if (!start || !e.changedTouches.length) return;
      const dx = e.changedTouches[0].clientX - start.x, dy = e.changedTouches[0].clientY - start.y;
      if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) show(dx < 0 ? at + 1 : at - 1);
      else if (dy > 90 && dy > 2 * Math.abs(dx)) leave();
    });
    v.addEventListener('touchcancel', settle);
  }

  // tus 1.0 (core + creation): POST ./?tus creates an upload, PATCH sends
  // its bytes from the offset the server has, HEAD asks for that offset
  // after a failure. The server keeps what arrived of a cut-off PATCH, so a
  // dropped connection costs no byte that got through.
  const CHUNK = 4 * 1024 * 1024;
  const STALL_MS = 30000;
  const RETRIES = 12;

  function setUpUploads(main, list) {
    const form = document.querySelector('form.send');
    if (!form) return;
    const input = form.querySelector('input[type=file]');
    const panel = make('ul', 'uploads');
    panel.setAttribute('aria-live', 'polite');
    panel.hidden = true;
    document.querySelector('header').append(panel);
    const queue = [];
    let running = false;
    let saved = []; // names the server gave, since the listing was last refreshed

    const request = (method, url, headers, body, onProgress) => new Promise((resolve) => {
      const x = new XMLHttpRequest();
      x.open(method, url);
      x.setRequestHeader('Tus-Resumable', '1.0.0');
      for (const [k, val] of Object.entries(headers)) x.setRequestHeader(k, val);
      // A phone on a dying Wi-Fi may neither fail nor progress: give up on
      // a request that moved no byte for a while, and retry.
      let stall = 0;
      const alive = () => { clearTimeout(stall); stall = setTimeout(() => x.abort(), STALL_MS); };
      if (onProgress) x.upload.onprogress = (e) => { alive(); onProgress(e.loaded); };
      x.onload = () => { clearTimeout(stall); resolve(x); };
      x.onerror = x.onabort = x.ontimeout = () => { clearTimeout(stall); resolve(null); };
      alive();
      x.send(body);
    });
    // Waits `ms`, or less when the device says it is back online.
    const pause = (ms) => new Promise((resolve) => {
      const done = () => { clearTimeout(t); window.removeEventListener('online', done); resolve(); };
      const t = setTimeout(done, ms);
      window.addEventListener('online', done);
    });
    const base64 = (text) => {
      let bin = '';
      for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
      return btoa(bin);
    };
    const refusal = (x) => ([403, 404, 405, 410, 413, 507].includes(x.status) ? T('refused' + x.status)
      : T('refusedOther', x.status));

    // A number from a header, or NaN.
    const header = (x, name) => {
      const v = x.getResponseHeader(name);
      return v !== null && /^\d+$/.test(v) ? Number(v) : NaN;
    };
    const savedName = (x) => {
      const v = x.getResponseHeader('Servery-Saved-As');
      if (v === null) return null;
      try { return decodeURIComponent(v); } catch (err) { return v; }
    };

    // One file, to the end or to a failure that retrying cannot fix. The
    // item keeps its upload's address, so "Retry" resumes it.
    async function upload(item) {
      const { file, bar, status } = item;
      let offset = item.url ? null : 0; // what the server has; null: ask it
      let savedAs = null;
      let failures = 0;
      let since = performance.now(), from = 0, shownAt = 0;
      const progress = (n) => {
        bar.value = file.size ? n / file.size : 1;
        const now = performance.now();
        if (now - shownAt < 250) return;
        shownAt = now;
        const seconds = (now - since) / 1000;
        status.textContent = Math.floor(100 * bar.value) + '%'
          + (seconds > 0.3 ? ' \u00b7 ' + T('perSecond', bytes((n - from) / seconds)) : '');
      };
      const fail = (why) => { status.textContent = T('failed', why); return false; };
      status.textContent = item.url ? T('resuming') : T('starting');
      while (!(item.url && offset !== null && offset >= file.size)) {
        let x;
        if (!item.url) {
          x = await request('POST', './?tus', {
            'Upload-Length': String(file.size),
            'Upload-Metadata': 'filename ' + base64(file.name),
          });
          if (x && x.status === 201 && x.getResponseHeader('Location')) {
            item.url = new URL(x.getResponseHeader('Location'), document.baseURI).href;
            savedAs = savedName(x); // an empty file is complete at once
            offset = 0;
            failures = 0;
            continue;
          }
        } else if (offset === null) {
          x = await request('HEAD', item.url, {});
          if (x && x.status === 200) {
            offset = header(x, 'Upload-Offset');
            if (Number.isNaN(offset)) return fail(T('noOffset'));
            savedAs = savedName(x);
            since = performance.now();
            from = offset;
            progress(offset);
            status.textContent = T('resumingAt', Math.floor(100 * bar.value));
            shownAt = since;
            failures = 0;
            continue;
          }
        } else {
          const at = offset;
          x = await request('PATCH', item.url, {
            'Content-Type': 'application/offset+octet-stream',
            'Upload-Offset': String(at),
          }, file.slice(at, Math.min(file.size, at + CHUNK)), (loaded) => progress(at + loaded));
          if (x && x.status === 204) {
            offset = header(x, 'Upload-Offset');
            if (Number.isNaN(offset) || offset <= at) return fail(T('notTaken'));
            savedAs = savedName(x);
            failures = 0;
            progress(offset);
            continue;
          }
        }
        // An upload the server no longer knows (it was restarted, or the
        // upload went stale) starts again; other refusals are final. A lost
        // connection, a server error or offsets that disagree (409) are
        // retried from what the server has.
        if (x && item.url && (x.status === 404 || x.status === 410) && !item.restarted) {
          item.url = null;
          item.restarted = true;
          continue;
        }
        if (x && x.status < 500 && !(x.status === 409 && item.url)) return fail(refusal(x));
        if (++failures > RETRIES) return fail(x ? T('keepsFailing', x.status) : T('noConnection'));
        status.textContent = x ? T('serverErrorRetrying') : T('connectionLostRetrying');
        await pause(Math.min(30000, 500 * 2 ** failures));
        if (item.url) offset = null;
      }
      bar.value = 1;
      const seconds = (performance.now() - since) / 1000;
      status.textContent = savedAs && savedAs !== file.name ? T('savedAs', savedAs)
        : T('done') + (seconds > 0.5 ? ' \u00b7 ' + T('perSecond', bytes((file.size - from) / seconds)) : '');
      saved.push(savedAs || file.name);
      return true;
    }

    // The listing again, from the server, sorted like the rest, with the
    // new rows marked. It replaces the main element in place: the uploads'
    // outcomes stay on screen and the filter stays as typed.
    async function refresh() {
      const names = saved;
      saved = [];
      try {
        const r = await fetch(location.href, { cache: 'no-store', headers: { Accept: 'text/html' } });
        if (!r.ok) throw new Error(String(r.status));
        const page = new DOMParser().parseFromString(await r.text(), 'text/html');
        const fresh = page.querySelector('main');
        if (!fresh) throw new Error('no listing');
        main.replaceChildren(...fresh.childNodes);
        for (const sel of ['.summary', '.crumbs']) {
          const now = document.querySelector(sel), then = page.querySelector(sel);
          if (now && then) now.replaceChildren(...then.childNodes);
        }
        list.reset();
        markNew(list, names);
      } catch (err) {
        // The files are there; a reload shows them.
        if (panel.querySelector('.reload')) return;
        const li = make('li', 'reload');
        const a = make('a', '', T('showArrived'));
        a.href = location.href;
        a.addEventListener('click', () => keepNew(names));
        li.append(a);
        panel.append(li);
      }
    }

    async function run() {
      if (running) return;
      running = true;
      dismiss.remove();
      while (queue.length) {
        while (queue.length) {
          const item = queue.shift();
          item.row.className = 'busy';
          const ok = await upload(item);
          item.row.className = ok ? 'done' : 'failed';
          if (!ok) item.row.append(item.retry);
        }
        if (saved.length) await refresh();
      }
      running = false;
      panel.append(dismiss);
    }

    // Done rows go when a new batch starts; all finished ones with "Hide".
    const dismiss = make('li', 'dismiss');
    const hide = make('button', 'btn', T('hide'));
    hide.type = 'button';
    dismiss.append(hide);
    const clear = (which) => {
      for (const li of Array.from(panel.children)) if (li.matches(which)) li.remove();
      panel.hidden = panel.children.length === 0;
    };
    hide.addEventListener('click', () => clear('.done, .failed, .dismiss'));

    const add = (files) => {
      if (!running) clear('.done, .dismiss');
      for (const entry of files) {
        const file = entry.file || entry;
        const row = make('li', 'waiting');
        const bar = make('progress');
        bar.max = 1;
        bar.value = 0;
        const status = make('span', 'us', T('waiting'));
        row.append(make('span', 'un', file.name + ' \u00b7 ' + bytes(file.size)), status, bar);
        panel.append(row);
        if (entry.folder) {
          // A dropped folder arrives as an unreadable "file".
          row.className = 'failed';
          status.textContent = T('noFolders');
          continue;
        }
        const item = { file, row, bar, status, url: null };
        item.retry = make('button', 'btn retry', T('retry'));
        item.retry.type = 'button';
        item.retry.addEventListener('click', () => {
          item.retry.remove();
          item.row.className = 'waiting';
          item.status.textContent = T('waiting');
          queue.push(item);
          run();
        });
        queue.push(item);
      }
      panel.hidden = panel.children.length === 0;
      run();
    };
    input.addEventListener('change', () => {
      add(Array.from(input.files));
      input.value = '';
    });
    // Leaving the page would cut the uploads off.
    window.addEventListener('beforeunload', (e) => {
      if (running) { e.preventDefault(); e.returnValue = ''; }
    });
    let depth = 0;
    const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
    document.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      depth++;
      document.body.classList.add('dropping');
    });
    document.addEventListener('dragleave', () => {
      if (depth > 0 && --depth === 0) document.body.classList.remove('dropping');
    });
    document.addEventListener('dragover', (e) => {
      if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }
    });
    document.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      document.body.classList.remove('dropping');
      const items = Array.from(e.dataTransfer.items || []).filter((i) => i.kind === 'file');
      add(Array.from(e.dataTransfer.files).map((file, i) => {
        const entry = items[i] && items[i].webkitGetAsEntry ? items[i].webkitGetAsEntry() : null;
        return { file, folder: !!(entry && entry.isDirectory) };
      }));
    });
  }

  // Names of new rows, for the page after a reload.
  const keepNew = (names) => {
    try { sessionStorage.setItem('servery-new', JSON.stringify(names)); } catch (err) { /* private mode */ }
  };

  // Marks the rows just uploaded (`names`, or those the page before a
  // reload kept) and brings the first into view.
  function markNew(list, names) {
    if (!names) {
      try {
        names = JSON.parse(sessionStorage.getItem('servery-new') || '[]');
        sessionStorage.removeItem('servery-new');
      } catch (err) { return; }
    }
    if (!names.length) return;
    const wanted = new Set(names);
    let first = null;
    for (const row of list.all()) {
      if (!wanted.has(nameOf(row))) continue;
      row.classList.add('new');
      list.reveal(row);
      first = first || row;
    }
    if (first) first.scrollIntoView({ block: 'center' });
  }

  document.addEventListener('DOMContentLoaded', () => {
    const main = document.querySelector('main');
    const list = setUpList(main);
    setUpViewer(main, list);
    if (document.body.dataset.uploads === 'on') setUpUploads(main, list);
    markNew(list);
  });
})();
