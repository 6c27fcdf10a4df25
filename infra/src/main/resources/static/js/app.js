// VA Ledger UI glue: CSRF for htmx requests, and ECharts for every [data-chart] element (loaded on demand).
(function () {
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header && token.content ? { header: header.content, token: token.content } : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var c = csrf();
    if (c) { event.detail.headers[c.header] = c.token; }
  });

  var echartsLoading = null;
  function withECharts(callback) {
    if (window.echarts) { callback(window.echarts); return; }
    if (!echartsLoading) {
      echartsLoading = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = document.documentElement.getAttribute('data-echarts-src');
        script.onload = function () { resolve(window.echarts); };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    echartsLoading.then(callback);
  }

  // Numbers on value axes and in tooltips as the page's language writes them (0,6 in Swedish).
  function localised(option) {
    var numbers = new Intl.NumberFormat(document.documentElement.lang || 'sv', { maximumFractionDigits: 2 });
    [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
      if (axis.type === 'value') {
        axis.axisLabel = axis.axisLabel || {};
        if (!axis.axisLabel.formatter) { axis.axisLabel.formatter = function (v) { return numbers.format(v); }; }
      }
    });
    if (option.tooltip && !option.tooltip.valueFormatter) {
      option.tooltip.valueFormatter = function (v) { return typeof v === 'number' ? numbers.format(v) : v; };
    }
    return option;
  }

  function drawCharts(root) {
    var charts = (root || document).querySelectorAll('[data-chart]:not([data-chart-drawn])');
    if (!charts.length) { return; }
    withECharts(function (echarts) {
      charts.forEach(function (element) {
        var chart = echarts.init(element, null, { renderer: 'svg' });
        chart.setOption(localised(JSON.parse(element.getAttribute('data-chart'))));
        element.setAttribute('data-chart-drawn', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
      });
    });
  }

  // A print button ([data-print]) without an inline script, which the CSP forbids.
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) { window.print(); }
  });

  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
})();
