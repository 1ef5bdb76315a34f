// Follows an agent's server-sent events: appends each new event to the feed and reloads the page
// when the agent's state changes (so steps, selection and transcript show the new facts).
(function () {
  var feed = document.getElementById('feed');
  if (!feed || !window.EventSource || feed.getAttribute('data-live') !== 'true') { return; }
  var status = document.getElementById('feedStatus');
  var seen = {};
  feed.querySelectorAll('li[data-seq]').forEach(function (li) { seen[li.getAttribute('data-seq')] = true; });
  var source = new EventSource(feed.getAttribute('data-events'));
  function add(e) {
    if (seen[e.lastEventId]) { return; }
    seen[e.lastEventId] = true;
    var data = JSON.parse(e.data);
    var li = document.createElement('li');
    li.setAttribute('data-seq', e.lastEventId);
    var kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = data.kind;
    li.appendChild(kind);
    li.appendChild(document.createTextNode(' ' + data.text));
    feed.appendChild(li);
    feed.scrollTop = feed.scrollHeight;
    if (data.kind === 'state' || data.kind === 'payment') {
      status.textContent = 'Updating…';
      setTimeout(function () { window.location.reload(); }, 1200);
    }
  }
  ['state', 'transcript', 'payment', 'payment-start', 'wallet', 'notice'].forEach(function (k) {
    source.addEventListener(k, add);
  });
  source.onopen = function () { status.textContent = 'Following live.'; };
  source.onerror = function () {
    status.textContent = 'The agent has finished, or the connection paused (it resumes by itself).';
  };
})();
