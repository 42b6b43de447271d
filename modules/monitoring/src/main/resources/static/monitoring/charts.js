// Monitoring charts: every <canvas class="monitoring-chart"> draws a bar chart from its data-* attributes
// (data-labels, data-values, data-targets: ';'-separated; empty means no value). No inline scripts (CSP).
(function () {
  function split(text) {
    return (text || '').length === 0 ? [] : text.split(';');
  }
  function numbers(text) {
    return split(text).map(function (v) { return v === '' ? null : Number(v); });
  }
  function draw(canvas) {
    if (typeof Chart === 'undefined') { return; }
    var labels = split(canvas.dataset.labels);
    // the axis shows the short labels; a tooltip names the bar in full (data-titles), and so does the page's table
    var titles = split(canvas.dataset.titles);
    var values = numbers(canvas.dataset.values);
    var targets = numbers(canvas.dataset.targets);
    var datasets = [{ label: 'Значение, %', data: values, backgroundColor: '#2f6fb3' }];
    if (targets.some(function (t) { return t !== null; })) {
      datasets.push({ label: 'Целевое значение, %', data: targets, backgroundColor: '#c0392b' });
    }
    canvas.chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: 'y',
        animation: false,
        scales: { x: { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } } },
        plugins: { tooltip: { callbacks: {
          title: function (items) {
            var i = items.length ? items[0].dataIndex : -1;
            return i >= 0 && titles[i] ? titles[i] : (i >= 0 ? labels[i] : '');
          },
          label: function (c) {
            return c.dataset.label + ': ' + (c.raw === null ? '—' : String(c.raw).replace('.', ',') + '\u00a0%');
          } } } }
      }
    });
    canvas.setAttribute('data-rendered', 'true');
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.monitoring-chart').forEach(draw);
  });
})();
