// Citation markers: shows the cited passage and its outlet next to the marker. Without this
// script each marker is a link to the passage in the sources panel, which works just as well.
(function () {
  "use strict";
  var open = null;

  function close(restoreFocus) {
    if (!open) return;
    var marker = open.marker;
    open.box.remove();
    marker.setAttribute("aria-expanded", "false");
    open = null;
    if (restoreFocus) marker.focus();
  }

  function text(tag, cls, value) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }

  function show(marker, passage) {
    var source = passage.closest(".source-list > li");
    var outlet = source ? source.querySelector(".outlet") : null;
    var original = source ? source.querySelector(".source-head a") : null;
    var box = document.createElement("div");
    box.className = "cite-pop";
    box.id = "cite-pop";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", "Source " + marker.textContent);
    box.tabIndex = -1;
    box.appendChild(text("p", "pop-outlet", outlet ? outlet.textContent : "Source"));
    box.appendChild(text("blockquote", "", passage.querySelector("q").textContent));
    var links = document.createElement("p");
    if (original) {
      var a = text("a", "", original.textContent);
      a.href = original.href;
      a.rel = "nofollow noopener noreferrer";
      links.appendChild(a);
      links.appendChild(document.createTextNode(" · "));
    }
    var all = text("a", "", "In the sources list");
    all.href = "#" + passage.id;
    all.addEventListener("click", function () { close(false); });
    links.appendChild(all);
    box.appendChild(links);
    var x = text("button", "", "×");
    x.type = "button";
    x.setAttribute("aria-label", "Close");
    x.addEventListener("click", function () { close(true); });
    box.appendChild(x);
    document.body.appendChild(box);

    var r = marker.getBoundingClientRect();
    var width = box.offsetWidth;
    var left = Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8);
    box.style.left = Math.max(8, left) + "px";
    box.style.top = r.bottom + window.scrollY + 8 + "px";
    marker.setAttribute("aria-expanded", "true");
    marker.setAttribute("aria-controls", "cite-pop");
    open = { marker: marker, box: box };
    box.focus({ preventScroll: true });
  }

  document.addEventListener("click", function (e) {
    var marker = e.target.closest ? e.target.closest("sup.cite a") : null;
    if (!marker) {
      if (open && !open.box.contains(e.target)) close(false);
      return;
    }
    var passage = document.getElementById(marker.getAttribute("href").slice(1));
    if (!passage || !passage.querySelector("q")) return;
    e.preventDefault();
    var same = open && open.marker === marker;
    close(false);
    if (!same) show(marker, passage);
  });

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") close(true);
  });
})();
