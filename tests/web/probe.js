// Appended to a copy of the page by test_browser.sh: after the page has
// loaded, focus each marker in turn, read what the browser shows, and write
// the results as JSON into <pre id="dm-result"> for --dump-dom.
window.addEventListener('load', function () {
  var out = {items: []};
  var hits = Array.prototype.slice.call(document.querySelectorAll('.dm-hit'));
  hits.forEach(function (h) {
    var tip = document.getElementById(h.getAttribute('aria-describedby'));
    var before = tip ? getComputedStyle(tip).visibility : 'none';
    h.focus();
    var item = {place: h.getAttribute('data-place'), label: h.getAttribute('aria-label'),
                tabIndex: h.tabIndex, focused: document.activeElement === h,
                before: before, shown: tip ? getComputedStyle(tip).visibility : 'none',
                text: tip ? tip.innerText : ''};
    if (tip) {
      var r = tip.getBoundingClientRect();
      item.inside = r.width > 0 && r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1;
    }
    h.blur();
    item.after = tip ? getComputedStyle(tip).visibility : 'none';
    out.items.push(item);
  });
  var res = performance.getEntriesByType('resource');
  out.resources = res.length;
  out.resourceNames = res.map(function (e) { return e.name.slice(0, 100); });
  var svg = document.querySelector('.dm-stage > svg');
  out.svgWidth = svg ? svg.getBoundingClientRect().width : -1;
  out.innerWidth = innerWidth;
  var desc = svg && document.getElementById(svg.getAttribute('aria-describedby'));
  out.desc = desc ? desc.textContent : '';
  var pre = document.createElement('pre');
  pre.id = 'dm-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
