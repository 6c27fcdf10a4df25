// The network map: one Leaflet map per frame of the page's GeoJSON (#map-data). The geographic frame is in WGS 84
// on Leaflet's Web Mercator map, on the configured background if there is one; a drawing frame (an EPANET model's
// own units) is drawn with L.CRS.Simple, x to the right and y up. Pipes are links (click, or Tab then Enter).
(function () {
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function cssVar(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  }

  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }

  ready(function () {
    var dataElement = document.getElementById('map-data');
    if (!dataElement || !window.L) { return; }
    var data = JSON.parse(dataElement.textContent);
    var textElement = document.getElementById('map-texts');
    var texts = {};
    Array.prototype.forEach.call(textElement.attributes, function (a) {
      if (a.name.indexOf('data-') === 0) { texts[a.name.substring(5)] = a.value; }
    });
    var statusText = {};
    document.querySelectorAll('#map-status-texts [data-status]').forEach(function (e) {
      statusText[e.getAttribute('data-status')] = e.textContent;
    });
    var colours = { none: cssVar('--grade-none') };
    [1, 2, 3, 4].forEach(function (g) { colours[g] = cssVar('--grade-' + g); });
    var byFrame = {};
    data.features.forEach(function (f) {
      (byFrame[f.properties.frame] = byFrame[f.properties.frame] || []).push(f);
    });
    var frames = {};
    data.frames.forEach(function (f) { frames[f.id] = f; });
    window.valedgerMaps = {};

    function go(href) { window.location.assign(href); }

    function asLink(element, label, href) {
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'link');
      element.setAttribute('aria-label', label);
      element.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') { go(href); }
      });
    }

    document.querySelectorAll('.map-canvas[data-frame]').forEach(function (element) {
      var frame = frames[element.getAttribute('data-frame')];
      if (!frame) { return; }
      var geographic = frame.geographic;
      var options = { zoomControl: false, zoomSnap: 0.25, renderer: L.svg({ padding: 0.5 }) };
      if (geographic) {
        options.maxZoom = Number(texts['tile-max-zoom']) || 19;
      } else {
        options.crs = L.CRS.Simple;
        options.minZoom = -24;
        options.maxZoom = 16;
      }
      var map = L.map(element, options);
      L.control.zoom({ zoomInTitle: texts['zoom-in'], zoomOutTitle: texts['zoom-out'] }).addTo(map);
      map.attributionControl.setPrefix('Leaflet');
      if (geographic) {
        L.control.scale({ imperial: false }).addTo(map);
        if (texts['tile-url']) {
          L.tileLayer(texts['tile-url'], { attribution: texts['tile-attribution'], maxZoom: options.maxZoom }).addTo(map);
        }
      }
      // The view first: Leaflet adds layers (and creates their SVG elements) only once the map has one.
      var b = frame.bbox;
      if (b && !(b[0] === b[2] && b[1] === b[3])) {
        map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [12, 12] });
      } else if (b) {
        map.setView([b[1], b[0]], geographic ? 16 : 0);
      } else {
        map.setView([63.18, 14.64], 12);
      }
      var latLng = function (c) { return [c[1], c[0]]; };
      var drawn = 0;
      var leaks = 0;
      (byFrame[frame.id] || []).forEach(function (feature) {
        var p = feature.properties;
        if (p.feature === 'pipe') {
          var points = feature.geometry.coordinates.map(latLng);
          var grade = p.grade == null ? 'none' : p.grade;
          var label = p.pipeId + ' – ' + texts['grade-' + grade];
          var href = texts['pipe-href'] + encodeURIComponent(p.pipeId);
          var line = L.polyline(points, {
            color: colours[grade], weight: 3, opacity: 1, lineCap: 'round', lineJoin: 'round',
            className: 'pipe-line grade-' + grade
          }).addTo(map);
          var hit = L.polyline(points, { weight: 16, opacity: 0, className: 'pipe-hit' }).addTo(map);
          hit.bindTooltip(text(label), { sticky: true });
          [line, hit].forEach(function (layer) { layer.on('click', function () { go(href); }); });
          var path = line.getElement();
          path.setAttribute('data-pipe-id', p.pipeId);
          hit.getElement().setAttribute('data-pipe-id', p.pipeId);
          asLink(path, label, href);
          drawn++;
        } else if (p.feature === 'leak') {
          var leakLabel = texts.leak + ' ' + p.leakId + ' – ' + (statusText[p.status] || p.status)
              + (p.overdue ? ' – ' + texts.overdue : '');
          var leakHref = texts['leak-href'] + encodeURIComponent(p.leakId);
          var marker = L.circleMarker(latLng(feature.geometry.coordinates), {
            radius: 8, weight: 2, color: '#ffffff', fillOpacity: 1,
            fillColor: p.overdue ? cssVar('--leak-overdue') : cssVar('--leak'),
            className: 'leak-marker' + (p.overdue ? ' overdue' : '')
          }).addTo(map);
          marker.bindTooltip(text(leakLabel));
          marker.on('click', function () { go(leakHref); });
          var dot = marker.getElement();
          dot.setAttribute('data-leak-id', p.leakId);
          asLink(dot, leakLabel, leakHref);
          leaks++;
        }
      });
      element.setAttribute('data-drawn', String(drawn));
      element.setAttribute('data-leaks', String(leaks));
      element.setAttribute('data-ready', 'true');
      window.valedgerMaps[frame.id] = map;
    });
  });
})();
