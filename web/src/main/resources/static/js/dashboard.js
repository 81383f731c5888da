/*
 * The dashboard follows the roll-up live: the web application relays the service's stream (the browser holds no
 * token); on each event the changing part is re-read with the session and swapped in. A dropped stream is said on
 * the page; EventSource reconnects with Last-Event-ID by itself, and when it gives up (an error answer) a new one
 * starts from the last id seen (?lastEventId=).
 */
(function () {
  'use strict';
  var status = document.getElementById('stream-status');
  var lastId = null;
  var source = null;
  var reading = false;
  var again = false;

  function live() { return document.getElementById('dashboard-live'); }

  function say(text, tone) {
    status.textContent = text;
    status.className = 'small mb-0 ms-md-auto fw-semibold text-' + tone + '-emphasis'; // the darker shades: readable on the page's grey
    status.dataset.state = tone;
  }

  function charts() {
    if (typeof echarts === 'undefined') { return; }
    var data = JSON.parse(live().dataset.charts || '{}');
    var bars = document.getElementById('chart-completeness');
    if (bars && data.rows) {
      var chart = echarts.getInstanceByDom(bars) || echarts.init(bars, null, { renderer: 'svg' });
      chart.setOption({
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return String(v).replace('.', ',') + '%'; } },
        legend: { data: ['Đã gửi (%)', 'Quá hạn (%)'] },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', inverse: true, data: data.rows },
        series: [
          { name: 'Đã gửi (%)', type: 'bar', data: data.submitted, itemStyle: { color: '#0b3d91' } },
          { name: 'Quá hạn (%)', type: 'bar', data: data.overdue, itemStyle: { color: '#c8102e' } }
        ]
      }, true);
    }
    var overTime = document.getElementById('chart-over-time');
    if (overTime && data.overTime) {
      var line = echarts.getInstanceByDom(overTime) || echarts.init(overTime, null, { renderer: 'svg' });
      var marks = [{ yAxis: data.overTime.expected, name: 'Phải gửi', label: { formatter: 'Phải gửi: {c}' } }];
      if (data.overTime.deadline) {
        marks.push({ xAxis: data.overTime.deadline, name: 'Hạn', label: { formatter: 'Hạn ' + data.overTime.deadline } });
      }
      line.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { data: ['Cộng dồn', 'Gửi trong ngày'] },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: data.overTime.days },
        yAxis: { type: 'value', minInterval: 1, max: function (v) { return Math.max(v.max, data.overTime.expected); } },
        series: [
          { name: 'Cộng dồn', type: 'line', data: data.overTime.totals, itemStyle: { color: '#0b3d91' },
            markLine: { symbol: 'none', lineStyle: { color: '#c8102e', type: 'dashed' }, data: marks } },
          { name: 'Gửi trong ngày', type: 'bar', data: data.overTime.sent, itemStyle: { color: '#7a9cc6' } }
        ]
      }, true);
    }
    document.querySelectorAll('.chart-classification').forEach(function (element) {
      var classification = (data.classifications || [])[Number(element.dataset.index)];
      if (!classification) { return; }
      var pie = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
      pie.setOption({
        animation: false,
        tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
        series: [{ type: 'pie', radius: ['35%', '70%'], data: classification.shares, label: { formatter: '{b}: {d}%' } }]
      }, true);
    });
  }

  function reread() {
    if (reading) { again = true; return; }
    reading = true;
    fetch(live().dataset.live, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
      .then(function (answer) {
        if (!answer.ok) { throw new Error(String(answer.status)); }
        return answer.text();
      })
      .then(function (html) {
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#dashboard-live');
        if (fresh) {
          live().replaceWith(fresh);
          charts();
          document.dispatchEvent(new CustomEvent('dashboard:updated', { detail: { id: lastId } }));
        }
      })
      .catch(function () { say('Không đọc được số liệu mới; sẽ thử lại ở lần cập nhật sau.', 'warning'); })
      .finally(function () {
        reading = false;
        if (again) { again = false; reread(); }
      });
  }

  function connect() {
    var url = live().dataset.stream;
    if (lastId) { url += (url.indexOf('?') < 0 ? '?' : '&') + 'lastEventId=' + encodeURIComponent(lastId); }
    source = new EventSource(url, { withCredentials: true });
    source.onopen = function () { say('Đang cập nhật trực tiếp', 'success'); };
    source.addEventListener('rollup', function (event) {
      // The first event after connecting is the roll-up as it is now: it may have changed since the page was read.
      lastId = event.lastEventId || lastId;
      say('Đang cập nhật trực tiếp', 'success');
      reread();
    });
    source.addEventListener('refused', function () {
      source.close();
      say('Không được phép theo dõi trực tiếp nút này.', 'danger');
    });
    source.onerror = function () {
      say('Mất kết nối cập nhật trực tiếp — đang kết nối lại…', 'danger');
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 3000);
      }
    };
  }

  window.addEventListener('resize', function () {
    document.querySelectorAll('.antt-chart').forEach(function (element) {
      var chart = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(element);
      if (chart) { chart.resize(); }
    });
  });
  charts();
  connect();
})();
