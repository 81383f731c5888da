/*
 * The header's unread badge: read once, then again on each message of my inbox stream, which the web application
 * relays from notification-service (the browser holds no token). EventSource resumes with Last-Event-ID.
 */
(function () {
  'use strict';
  var badge = document.getElementById('inbox-badge');
  if (!badge || typeof EventSource === 'undefined') { return; }

  function refresh() {
    fetch(badge.dataset.badge, { credentials: 'same-origin' })
      .then(function (answer) { return answer.ok ? answer.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#inbox-badge');
        if (!fresh) { return; }
        badge.textContent = fresh.textContent;
        badge.dataset.count = fresh.dataset.count;
        badge.classList.toggle('d-none', fresh.dataset.count === '0');
        badge.setAttribute('aria-label', fresh.dataset.count + ' thông báo chưa đọc');
      })
      .catch(function () { /* the badge stays as it was */ });
  }

  var lastId = null;
  function connect() {
    var url = badge.dataset.stream + (lastId ? '?lastEventId=' + encodeURIComponent(lastId) : '');
    var source = new EventSource(url, { withCredentials: true });
    source.addEventListener('message', function (event) {
      lastId = event.lastEventId || lastId;
      refresh();
    });
    source.addEventListener('refused', function () { source.close(); });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) { setTimeout(connect, 5000); }
    };
  }
  refresh();
  connect();
})();
